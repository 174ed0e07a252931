// Lexical cohesion, as TextTiling reads topic boundaries: a sub-heading stands inside one story, so
// the text above and below it share words; a new headline starts another story, so they share
// few, and its own words come back in the text below it. Measured with character pairs in a
// stamp table (no allocation per line): these run for every heading-shaped line of every page.
import type { Unit } from './units'

/** Characters read on each side of a line. */
const SPAN = 240
const TABLE_BITS = 16
const table = new Int32Array(1 << TABLE_BITS)
let stamp = 0

const pairHash = (a: number, b: number): number =>
  (Math.imul(a, 0x9e3779b1) ^ b) & ((1 << TABLE_BITS) - 1)

/** A fresh pair of stamps: `mark` for what was seen, `mark + 1` for what was counted. */
function nextMark(): number {
  if (stamp > 0x3ffffff0) {
    table.fill(0)
    stamp = 0
  }
  stamp += 2
  return stamp
}

/** Calls `visit` with the hash of each character pair of `text`, at most `budget` of them;
 * returns how many it visited. */
function forPairs(text: string, budget: number, visit: (hash: number) => void): number {
  let count = 0
  for (let i = 0; i + 1 < text.length && count < budget; i++) {
    const a = text.charCodeAt(i)
    const b = text.charCodeAt(i + 1)
    // Words are Han: pairs with punctuation or figures would make every text look alike.
    if (a < 0x3400 || a > 0x9fff || b < 0x3400 || b > 0x9fff) continue
    visit(pairHash(a, b))
    count++
  }
  return count
}

/** Calls `visit` with the character pairs of the lines from `from` on in direction `step`, up to
 * SPAN pairs. */
function forRange(
  units: readonly Unit[],
  from: number,
  step: 1 | -1,
  visit: (hash: number) => void,
): void {
  let budget = SPAN
  for (let j = from; j >= 0 && j < units.length && budget > 0; j += step)
    budget -= forPairs((units[j] as Unit).text, budget, visit)
}

/** Of the distinct pairs `visitAll` visits, the share marked with `mark` (-1: none visited). */
function shareMarked(mark: number, visitAll: (visit: (hash: number) => void) => void): number {
  let distinct = 0
  let shared = 0
  const counted = mark + 1
  visitAll((hash) => {
    const seen = table[hash]
    if (seen === counted) return
    distinct++
    if (seen === mark) shared++
    table[hash] = counted
  })
  return distinct === 0 ? -1 : shared / distinct
}

/** Upper bounds of the buckets of a share, the last open. */
const bounds = [0.03, 0.06, 0.1, 0.15, 0.22]

function bucket(share: number): number {
  if (share < 0) return 0
  const at = bounds.findIndex((bound) => share < bound)
  return at < 0 ? bounds.length + 1 : at + 1
}

export const COHESION_BUCKETS = 7

/** The share of line `i`'s own character pairs that come back in the text from line `from` on,
 * as a bucket 0–6 (0: nothing to compare). */
export function echoBelow(units: readonly Unit[], i: number, from: number): number {
  const mark = nextMark()
  forRange(units, from, 1, (hash) => {
    table[hash] = mark
  })
  return bucket(
    shareMarked(mark, (visit) => {
      forPairs((units[i] as Unit).text, SPAN, visit)
    }),
  )
}

/** For line `i`: how much the text above and below it share, and how many of the line's own
 * character pairs come back below it; each as a bucket 0–6 (0: nothing to compare). */
export function cohesionOf(units: readonly Unit[], i: number): { across: number; own: number } {
  const acrossMark = nextMark()
  forRange(units, i - 1, -1, (hash) => {
    table[hash] = acrossMark
  })
  const across = bucket(
    shareMarked(acrossMark, (visit) => {
      forRange(units, i + 1, 1, visit)
    }),
  )
  return { across, own: echoBelow(units, i, i + 1) }
}
