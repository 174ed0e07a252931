// Hard-wrapped text (a page extracted line by line at a fixed width): lines of a paragraph that
// end at the wrap width are joined before anything else reads them, so a wrapped line is never
// mistaken for a heading. Pages written one paragraph per line have no common width: untouched.
import type { SourceLine } from '../lines'

/** Columns a line takes in a fixed-width layout: wide (CJK, full-width) characters take two. */
export function displayWidth(text: string): number {
  let width = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xdc00 && code <= 0xdfff) continue // second half of a surrogate pair
    width += code >= 0x1100 && (code <= 0x115f || code >= 0x2e80) ? 2 : 1
  }
  return width
}

const MIN_WRAP = 20
const MIN_WRAPPED_LINES = 3
const SHARE = 0.4
/** Lines wider than the wrap width a fixed-width page may hold (an unbreakable address). */
const MAX_WIDER_SHARE = 0.05

/** Punctuation inside text: headlines set across columns carry none (spaces part their phrases). */
const textPunctuation = /[，。！？；：,;!?]/

/** A line wider than the wrap width that is not a headline: it has a text's punctuation, or it
 * would fill two rows. */
function paragraphWider(text: string, width: number): boolean {
  const columns = displayWidth(text)
  return columns > width + 1 && (columns > 2 * width || textPunctuation.test(text))
}

/** The width most lines followed by another line of their block stop at, or 0 if there is none. */
export function wrapWidth(lines: readonly SourceLine[]): number {
  const counts = new Map<number, number>()
  let candidates = 0
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i + 1]?.gap !== 0) continue
    const width = displayWidth(lines[i]?.text ?? '')
    if (width < MIN_WRAP) continue
    candidates++
    counts.set(width, (counts.get(width) ?? 0) + 1)
  }
  let best = 0
  let bestCount = 0
  for (const [width, count] of counts) {
    // A wrap width allows one column of slack: a wide character does not fit in the last column.
    const near = count + (counts.get(width - 1) ?? 0)
    if (near > bestCount || (near === bestCount && width > best)) {
      best = width
      bestCount = near
    }
  }
  if (bestCount < MIN_WRAPPED_LINES || bestCount < SHARE * candidates) return 0
  // Nothing but headlines is wider than the wrap width: a page whose paragraphs (or verses) run on
  // past it is written one per line, and a few of its short lines merely end at the same column.
  // Headlines may be: across columns, a printed page's are.
  const wider = lines.filter((line) => paragraphWider(line.text, best)).length
  return wider <= MAX_WIDER_SHARE * lines.length ? best : 0
}

/** Columns an indent takes: two U+3000 as papers indent (two spaces take two, hence slack). */
const INDENT_COLUMNS = 4

/** The line ends at the wrap width, as a wrapped row does: not short of it, and not wider (a
 * headline across columns is wider, and its byline below is not its continuation). */
function fillsRow(line: SourceLine, width: number): boolean {
  const slack = line.indent ? 3 : 1
  const columns = displayWidth(line.text) + (line.indent ? INDENT_COLUMNS : 0)
  return columns >= width - slack && columns <= width + slack
}

/** Joins each line that fills the wrap width with the next line of its block. */
export function unwrapLines(lines: readonly SourceLine[]): SourceLine[] {
  const width = wrapWidth(lines)
  if (width === 0) return [...lines]
  const out: SourceLine[] = []
  let previousFull = false
  for (const line of lines) {
    const last = out[out.length - 1]
    if (last && previousFull && line.gap === 0 && !line.indent) {
      last.text += line.text
    } else {
      out.push({ ...line })
    }
    previousFull = fillsRow(line, width)
  }
  return out
}
