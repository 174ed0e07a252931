// "Nothing lost", checked on every article rather than hoped for: the non-space characters of the
// lines an article was made of must be exactly the characters of its fields. When they are not (a
// rule cut something it should not have), the article keeps its lines' original text as its body
// and a warning says so: a correspondent may have to tidy it, but never loses a character.
import type { ImportWarning } from '../codes'
import { importWarning } from '../codes'
import type { Draft } from './draft'
import type { Unit } from './units'

/** A multiset of characters summed up: count, sum, sum of squares and a mixed hash of the codes.
 * Equal multisets give equal sums; different ones practically never do. White space is layout. */
interface Tally {
  count: number
  sum: number
  squares: number
  mixed: number
}

const isLayoutSpace = (code: number): boolean =>
  code <= 0x20 || code === 0x3000 || code === 0xa0 || code === 0x2028 || code === 0x2029

function add(tally: Tally, text: string, sign: number): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isLayoutSpace(code)) continue
    tally.count += sign
    tally.sum += sign * code
    tally.squares += sign * code * code
    tally.mixed = (tally.mixed + sign * (Math.imul(code, 0x9e3779b1) >>> 7)) | 0
  }
}

function fieldTexts(draft: Draft): string[] {
  return [
    draft.kicker ?? '',
    draft.title ?? '',
    draft.subtitle ?? '',
    ...draft.bylines,
    ...draft.credits,
    ...draft.blocks.map((block) => block.text),
    ...draft.markers,
  ]
}

export function accountsFor(draft: Draft, lines: readonly string[]): boolean {
  const tally: Tally = { count: 0, sum: 0, squares: 0, mixed: 0 }
  for (const line of lines) add(tally, line, 1)
  for (const text of fieldTexts(draft)) add(tally, text, -1)
  return tally.count === 0 && tally.sum === 0 && tally.squares === 0 && tally.mixed === 0
}

/** Checks a draft against its lines; repairs it from them when the check fails. */
export function ensureAccounted(
  draft: Draft,
  units: readonly Unit[],
  furniture: ReadonlySet<number>,
): ImportWarning | null {
  const own = units
    .slice(draft.first, draft.last + 1)
    .filter((_, offset) => !furniture.has(draft.first + offset))
  if (
    accountsFor(
      draft,
      own.map((unit) => unit.text),
    )
  )
    return null
  const header = new Set(
    [draft.kicker, draft.title, draft.subtitle].filter((text) => text !== null),
  )
  draft.bylines = []
  draft.authors = []
  draft.credits = []
  draft.continuation = null
  draft.markers = []
  draft.blocks = own
    .filter((unit) => !header.has(unit.text))
    .map((unit) => ({ type: 'paragraph', text: unit.text }))
  if (
    !accountsFor(
      draft,
      own.map((unit) => unit.text),
    )
  ) {
    draft.kicker = draft.subtitle = null
    draft.title = null
    draft.blocks = own.map((unit) => ({ type: 'paragraph', text: unit.text }))
  }
  return importWarning('textKept', { line: own[0]?.line ?? 0 })
}
