// Lexical cohesion, as TextTiling reads topic boundaries: a sub-heading stands inside one story, so
// the text above and below it share words; a new headline starts another story, so they share
// few, and its own words come back in the text below it. Measured with pairs of Han characters
// in a stamp table, hashed once per page: these run for every heading-shaped line of every page.
import type { Unit } from './units'

/** Character pairs read on each side of a line. */
const SPAN = 240
const TABLE_BITS = 16
const table = new Int32Array(1 << TABLE_BITS)
let stamp = 0

/** Four fresh stamps for one line: pairs below it, its own pairs found below or not, pairs
 * above it already counted. */
function nextStamps(): number {
  if (stamp > 0x3ffffff0) {
    table.fill(0)
    stamp = 0
  }
  stamp += 4
  return stamp
}

const isHan = (code: number): boolean => code >= 0x3400 && code <= 0x9fff
const pairHash = (a: number, b: number): number =>
  (Math.imul(a, 0x9e3779b1) ^ b) & ((1 << TABLE_BITS) - 1)

/** The hashes of every line's Han pairs, in page order: line j's are starts[j] to starts[j + 1].
 * Worked out once per page (every heading's sides read them again). */
interface PagePairs {
  hashes: Int32Array
  starts: Int32Array
}

const pageCache = new WeakMap<readonly Unit[], PagePairs>()

function pagePairs(units: readonly Unit[]): PagePairs {
  const cached = pageCache.get(units)
  if (cached) return cached
  const size = units.reduce((sum, unit) => sum + unit.text.length, 0)
  const hashes = new Int32Array(size)
  const starts = new Int32Array(units.length + 1)
  let at = 0
  units.forEach((unit, j) => {
    starts[j] = at
    const { text } = unit
    for (let k = 0; k + 1 < text.length; k++) {
      const a = text.charCodeAt(k)
      const b = text.charCodeAt(k + 1)
      if (isHan(a) && isHan(b)) hashes[at++] = pairHash(a, b)
    }
  })
  starts[units.length] = at
  const pairs = { hashes, starts }
  pageCache.set(units, pairs)
  return pairs
}

/** Stamps `below` on the pairs of the lines from `from` down, up to SPAN of them. */
function markBelow({ hashes, starts }: PagePairs, from: number, below: number): void {
  let budget = SPAN
  for (let j = from; j < starts.length - 1 && budget > 0; j++) {
    const end = starts[j + 1] ?? 0
    for (let k = starts[j] ?? 0; k < end && budget > 0; k++, budget--) table[hashes[k] ?? 0] = below
  }
}

/** Of the distinct pairs of line `i`, the share stamped below (-1: none). */
function ownShare({ hashes, starts }: PagePairs, i: number, below: number): number {
  const found = below + 1
  const missed = below + 2
  let distinct = 0
  let shared = 0
  const end = starts[i + 1] ?? 0
  for (let k = starts[i] ?? 0; k < end; k++) {
    const hash = hashes[k] ?? 0
    const seen = table[hash]
    if (seen === found || seen === missed) continue
    distinct++
    if (seen === below) shared++
    table[hash] = seen === below ? found : missed
  }
  return distinct === 0 ? -1 : shared / distinct
}

/** Of the distinct pairs of the lines above line `i` (up to SPAN), the share stamped below. */
function aboveShare({ hashes, starts }: PagePairs, i: number, below: number): number {
  const counted = below + 3
  let budget = SPAN
  let distinct = 0
  let shared = 0
  for (let j = i - 1; j >= 0 && budget > 0; j--) {
    const end = starts[j + 1] ?? 0
    for (let k = starts[j] ?? 0; k < end && budget > 0; k++) {
      budget--
      const hash = hashes[k] ?? 0
      const seen = table[hash]
      if (seen === counted) continue
      distinct++
      if (seen === below || seen === below + 1) shared++
      table[hash] = counted
    }
  }
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
  const pairs = pagePairs(units)
  const below = nextStamps()
  markBelow(pairs, from, below)
  return bucket(ownShare(pairs, i, below))
}

/** For line `i`: how much the text above and below it share, and how many of the line's own
 * character pairs come back below it; each as a bucket 0–6 (0: nothing to compare). */
export function cohesionOf(units: readonly Unit[], i: number): { across: number; own: number } {
  const pairs = pagePairs(units)
  const below = nextStamps()
  markBelow(pairs, i + 1, below)
  const own = bucket(ownShare(pairs, i, below))
  return { across: bucket(aboveShare(pairs, i, below)), own }
}
