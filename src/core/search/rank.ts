// Result order. Each hit gets one 30-bit number that sorts it: for relevance, headline hit,
// then occurrences, then date; for date order, date first. Ties keep their search order.
import type { Score } from './match'

export type SortOrder = 'relevance' | 'newest' | 'oldest'

const COUNT_BITS = 11
const DAY_BITS = 18
const MAX_COUNT = (1 << COUNT_BITS) - 1
const MAX_DAY = (1 << DAY_BITS) - 1
const KEY_BITS = 30
const KEY_MASK = 2 ** KEY_BITS - 1
const RADIX_BITS = 10
const RADIX = 1 << RADIX_BITS

/** A 30-bit key: larger is better. `day` is 0 for an unknown date (always last). */
export function sortKey(order: SortOrder, score: Score, day: number): number {
  const count = Math.min(score.count, MAX_COUNT)
  const headline = score.headline ? 1 : 0
  const relevance = headline * (MAX_COUNT + 1) + count
  if (order === 'relevance') return relevance * (MAX_DAY + 1) + day
  const when = order === 'oldest' && day > 0 ? MAX_DAY + 1 - day : day
  return when * 2 ** (COUNT_BITS + 1) + relevance
}

/** Scratch arrays reused across searches: fewer large allocations, fewer GC pauses. */
let scratch = {
  order: new Uint32Array(0),
  next: new Uint32Array(0),
  keys: new Uint32Array(0),
  nextKeys: new Uint32Array(0),
}
const counts = new Uint32Array(RADIX)

function scratchFor(n: number): typeof scratch {
  if (scratch.order.length < n) {
    const size = Math.max(n, scratch.order.length * 2)
    scratch = {
      order: new Uint32Array(size),
      next: new Uint32Array(size),
      keys: new Uint32Array(size),
      nextKeys: new Uint32Array(size),
    }
  }
  return scratch
}

/** Positions 0..keys.length-1 ordered best first; ties keep position order. */
export function rankOrder(keys: Float64Array): Uint32Array {
  // LSD radix sort of the inverted 30-bit keys in three 10-bit passes: stable and linear,
  // several times faster than a comparator sort (or TypedArray#sort) on 100,000 hits.
  const n = keys.length
  const buffers = scratchFor(n)
  let order = buffers.order
  let inverted = buffers.keys
  let nextOrder = buffers.next
  let nextInverted = buffers.nextKeys
  for (let i = 0; i < n; i++) {
    order[i] = i
    inverted[i] = KEY_MASK - (keys[i] ?? 0)
  }
  for (let shift = 0; shift < KEY_BITS; shift += RADIX_BITS) {
    counts.fill(0)
    for (let i = 0; i < n; i++) {
      const digit = ((inverted[i] ?? 0) >>> shift) & (RADIX - 1)
      counts[digit] = (counts[digit] ?? 0) + 1
    }
    let sum = 0
    for (let d = 0; d < RADIX; d++) {
      const count = counts[d] ?? 0
      counts[d] = sum
      sum += count
    }
    for (let i = 0; i < n; i++) {
      const key = inverted[i] ?? 0
      const digit = (key >>> shift) & (RADIX - 1)
      const at = counts[digit] ?? 0
      counts[digit] = at + 1
      nextOrder[at] = order[i] ?? 0
      nextInverted[at] = key
    }
    ;[order, nextOrder] = [nextOrder, order]
    ;[inverted, nextInverted] = [nextInverted, inverted]
  }
  // Valid until the next call: callers copy what they keep.
  return order.subarray(0, n)
}
