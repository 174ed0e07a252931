// Candidate documents of a phrase in one shard: the intersection of its grams' postings, with
// per candidate the smallest tf (an upper bound on the phrase's occurrences) and whether every
// gram occurs in the headline block.
import { HEADLINE_BIT, TF_CAP, type PostingList } from './postings'

export interface Candidates {
  docs: Uint16Array
  /** Smallest capped tf over the phrase's grams. */
  bounds: Uint8Array
  /** HEADLINE_BIT when every gram occurs in the headline block. */
  headline: Uint8Array
  length: number
}

/** First index in docs[from, end) whose value is ≥ target (galloping, then binary search). */
export function seek(docs: Uint16Array, from: number, end: number, target: number): number {
  if (from >= end || (docs[from] ?? 0) >= target) return from
  let step = 1
  let low = from
  let high = from + 1
  while (high < end && (docs[high] ?? 0) < target) {
    low = high
    step *= 2
    high = from + step
  }
  if (high > end) high = end
  while (low + 1 < high) {
    const middle = (low + high) >>> 1
    if ((docs[middle] ?? 0) < target) low = middle
    else high = middle
  }
  return high
}

export function intersect(lists: PostingList[]): Candidates {
  const sorted = [...lists].sort((a, b) => a.docs.length - b.docs.length)
  const [first, ...rest] = sorted
  if (!first)
    return {
      docs: new Uint16Array(0),
      bounds: new Uint8Array(0),
      headline: new Uint8Array(0),
      length: 0,
    }
  const docs = first.docs.slice()
  const bounds = new Uint8Array(docs.length)
  const headline = new Uint8Array(docs.length)
  for (let i = 0; i < docs.length; i++) {
    const tf = first.tfs[i] ?? 0
    bounds[i] = tf & TF_CAP
    headline[i] = tf & HEADLINE_BIT
  }
  let length = docs.length
  for (const list of rest) {
    let kept = 0
    let at = 0
    const end = list.docs.length
    for (let i = 0; i < length; i++) {
      const doc = docs[i] ?? 0
      at = seek(list.docs, at, end, doc)
      if (at >= end) break
      if (list.docs[at] !== doc) continue
      const tf = list.tfs[at] ?? 0
      docs[kept] = doc
      bounds[kept] = Math.min(bounds[i] ?? 0, tf & TF_CAP)
      headline[kept] = (headline[i] ?? 0) & tf
      kept += 1
    }
    length = kept
    if (length === 0) break
  }
  return { docs, bounds, headline, length }
}

/** Sorted doc numbers common to both. */
export function intersectDocs(a: Uint16Array, b: Uint16Array): Uint16Array {
  const out = new Uint16Array(Math.min(a.length, b.length))
  let n = 0
  let j = 0
  for (let i = 0; i < a.length && j < b.length; i++) {
    const doc = a[i] ?? 0
    j = seek(b, j, b.length, doc)
    if (b[j] === doc) out[n++] = doc
  }
  return out.subarray(0, n)
}

/** Sorted doc numbers in either. */
export function unionDocs(a: Uint16Array, b: Uint16Array): Uint16Array {
  const out = new Uint16Array(a.length + b.length)
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] ?? 0) : Infinity
    const y = j < b.length ? (b[j] ?? 0) : Infinity
    const doc = Math.min(x, y)
    out[n++] = doc
    if (x === doc) i += 1
    if (y === doc) j += 1
  }
  return out.subarray(0, n)
}
