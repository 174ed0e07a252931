// Lexical cohesion, as TextTiling reads topic boundaries: a sub-heading stands inside one story, so
// the text above and below it share words; a new headline starts another story, so they share
// few, and its own words come back in the text below it. Measured with pairs of Han characters
// in a stamp table, without allocating or calling back: these run for every heading-shaped line
// of every page.
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

/** Stamps `below` on the pairs of the lines from `from` down, up to SPAN of them. */
function markBelow(units: readonly Unit[], from: number, below: number): void {
  let budget = SPAN
  for (let j = from; j < units.length && budget > 0; j++) {
    const text = (units[j] as Unit).text
    for (let k = 0; k + 1 < text.length && budget > 0; k++) {
      const a = text.charCodeAt(k)
      const b = text.charCodeAt(k + 1)
      if (!isHan(a) || !isHan(b)) continue
      table[pairHash(a, b)] = below
      budget--
    }
  }
}

/** Of the distinct pairs of `text`, the share stamped below (-1: none). */
function ownShare(text: string, below: number): number {
  const found = below + 1
  const missed = below + 2
  let distinct = 0
  let shared = 0
  for (let k = 0; k + 1 < text.length; k++) {
    const a = text.charCodeAt(k)
    const b = text.charCodeAt(k + 1)
    if (!isHan(a) || !isHan(b)) continue
    const hash = pairHash(a, b)
    const seen = table[hash]
    if (seen === found || seen === missed) continue
    distinct++
    if (seen === below) shared++
    table[hash] = seen === below ? found : missed
  }
  return distinct === 0 ? -1 : shared / distinct
}

/** Of the distinct pairs of the lines above line `i` (up to SPAN), the share stamped below. */
function aboveShare(units: readonly Unit[], i: number, below: number): number {
  const counted = below + 3
  let budget = SPAN
  let distinct = 0
  let shared = 0
  for (let j = i - 1; j >= 0 && budget > 0; j--) {
    const text = (units[j] as Unit).text
    for (let k = 0; k + 1 < text.length && budget > 0; k++) {
      const a = text.charCodeAt(k)
      const b = text.charCodeAt(k + 1)
      if (!isHan(a) || !isHan(b)) continue
      budget--
      const hash = pairHash(a, b)
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
  const below = nextStamps()
  markBelow(units, from, below)
  return bucket(ownShare((units[i] as Unit).text, below))
}

/** For line `i`: how much the text above and below it share, and how many of the line's own
 * character pairs come back below it; each as a bucket 0–6 (0: nothing to compare). */
export function cohesionOf(units: readonly Unit[], i: number): { across: number; own: number } {
  const below = nextStamps()
  markBelow(units, i + 1, below)
  const own = bucket(ownShare((units[i] as Unit).text, below))
  return { across: bucket(aboveShare(units, i, below)), own }
}
