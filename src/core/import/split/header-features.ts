// What the header model (header-roles.ts) reads of the lines at the top of an article: each
// line's shape and words (length, punctuation, `——` at either end or inside, a column tag `（…）`,
// quotation and book-title marks, figures, a dateline, indentation, a few characters at its edges
// and its character pairs, which carry the who-did-what verbs), and what two neighbouring lines
// say of each other (relative length, blank lines and indentation between them). Which feature
// means kicker, headline, subtitle or first paragraph is learned (scripts/split-eval/
// train-headers.ts), not written here.
import type { PageLayout } from './layout'
import type { Unit } from './units'

const lengthLimits = [4, 6, 8, 10, 12, 14, 16, 18, 21, 24, 28, 32, 40, 50, 70]
function lengthBucket(length: number): number {
  const at = lengthLimits.findIndex((limit) => length <= limit)
  return at < 0 ? lengthLimits.length : at
}

function ratioBucket(a: number, b: number): number {
  const ratio = a / Math.max(1, b)
  return ratio < 0.4
    ? 0
    : ratio < 0.6
      ? 1
      : ratio < 0.8
        ? 2
        : ratio <= 1.25
          ? 3
          : ratio <= 1.7
            ? 4
            : ratio <= 2.5
              ? 5
              : 6
}

/** Character pairs are read this far into a line: headers are short, a paragraph's opening
 * words are what tell it from a subtitle. */
const PAIR_SPAN = 24

const marks: readonly [string, RegExp][] = [
  ['digit', /[0-9０-９]/],
  ['tag', /[（(][^（）()。！？]{1,30}[）)]$/],
  ['dash0', /^[—－-]{1,2}/],
  ['dash1', /[—－]$/],
  ['dashIn', /.[—－]{1,2}./],
  ['colon', /[：:]/],
  ['comma', /[，,]/],
  ['pause', /、/],
  ['stop', /[。！？!?]./],
  ['shout', /[！？!?]$/],
  ['quote', /[“”「」"]/],
  ['quoted', /^[“「"][^“”]*[”」"]$/],
  ['book', /[《》]/],
  ['bullet', /^[●◆■▲★☆◇□○►▶·•]/],
  ['spaced', /[\u3400-\u9fff”」）][ \u3000\u00a0]+[\u3400-\u9fff“「（]/],
  ['bracketed', /^[（(【[].*[）)】\]]$/],
]

/** A summary of the page's layout the header's reading depends on: four values. */
export const layoutTag = (layout: PageLayout): string =>
  `${layout.indentedBody ? 'i' : 'n'}${layout.blankParagraphs ? 'b' : 'c'}`

/** Features of one line of a header window at position `position`. */
export function headerLineFeatures(unit: Unit, position: number, layout: string): string[] {
  const { text } = unit
  const out = [
    'bias',
    `pos${String(position)}`,
    `len${String(lengthBucket(text.length))}`,
    `f1${text.slice(0, 1)}`,
    `f2${text.slice(0, 2)}`,
    `l1${text.slice(-1)}`,
    `l2${text.slice(-2)}`,
    `indent${unit.indent ? 1 : 0}${layout}`,
    `gap${String(Math.min(unit.gap, 2))}${layout}`,
  ]
  if (unit.opener) out.push('opener')
  if (unit.emphasis) out.push('bold')
  for (const [name, pattern] of marks) if (pattern.test(text)) out.push(name)
  const span = Math.min(text.length - 1, PAIR_SPAN)
  for (let i = 0; i < span; i++) out.push(`w${text.slice(i, i + 2)}`)
  return out
}

/** Features of two neighbouring lines of a header window, line `a` above line `b`. */
export function headerPairFeatures(a: Unit, b: Unit, layout: string): string[] {
  const out = [
    'bias',
    `ratio${String(ratioBucket(a.text.length, b.text.length))}`,
    `gap${String(Math.min(b.gap, 2))}${layout}`,
    `indent${a.indent ? 1 : 0}${b.indent ? 1 : 0}${layout}`,
  ]
  out.push(`above${a.text.slice(-1)}`, `below${b.text.slice(0, 1)}`)
  if (/[—－]$/.test(a.text)) out.push('dashAbove')
  if (/^[—－-]{1,2}/.test(b.text)) out.push('dashBelow')
  if (b.opener) out.push('openerBelow')
  return out
}
