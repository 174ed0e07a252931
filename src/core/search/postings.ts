// Inverted lists in typed arrays: sorted gram keys, and for each key the shard-local documents
// that contain it with one byte per posting: bit 7 = the gram occurs in the headline block,
// bits 0–6 = its number of occurrences, capped at TF_CAP. No objects per term or posting, so a
// shard is a handful of buffers that persist and load without rebuilding anything.
import { forEachGram } from './grams'

export const TF_CAP = 127
export const HEADLINE_BIT = 128

export interface Postings {
  /** Sorted gram keys. */
  keys: Float64Array
  /** Postings of keys[i] are docs/tfs[starts[i] .. starts[i+1]). */
  starts: Uint32Array
  docs: Uint16Array
  tfs: Uint8Array
}

/** One key's postings: sorted doc numbers and their tf bytes. */
export interface PostingList {
  docs: Uint16Array
  tfs: Uint8Array
}

export const emptyPostings = (): Postings => ({
  keys: new Float64Array(0),
  starts: new Uint32Array(1),
  docs: new Uint16Array(0),
  tfs: new Uint8Array(0),
})

export function findKey(keys: Float64Array, key: number): number {
  let low = 0
  let high = keys.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const value = keys[middle] ?? 0
    if (value < key) low = middle + 1
    else if (value > key) high = middle - 1
    else return middle
  }
  return -1
}

export function postingList(postings: Postings, key: number): PostingList | null {
  const index = findKey(postings.keys, key)
  if (index < 0) return null
  const start = postings.starts[index] ?? 0
  const end = postings.starts[index + 1] ?? start
  return { docs: postings.docs.subarray(start, end), tfs: postings.tfs.subarray(start, end) }
}

/** Open-addressing map from gram key to a dense term number, all in typed arrays. */
class TermTable {
  private slots: Float64Array
  private ids: Int32Array
  private mask: number
  keys: Float64Array = new Float64Array(1024)
  size = 0

  constructor(capacity = 1 << 16) {
    this.slots = new Float64Array(capacity)
    this.ids = new Int32Array(capacity).fill(-1)
    this.mask = capacity - 1
  }

  private slotOf(key: number): number {
    const low = key >>> 0
    const high = (key / 4294967296) >>> 0
    let slot = Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) & this.mask
    while (this.ids[slot] !== -1 && this.slots[slot] !== key) slot = (slot + 1) & this.mask
    return slot
  }

  get(key: number): number {
    return this.ids[this.slotOf(key)] ?? -1
  }

  intern(key: number): number {
    const slot = this.slotOf(key)
    const known = this.ids[slot] ?? -1
    if (known !== -1) return known
    const id = this.size++
    this.slots[slot] = key
    this.ids[slot] = id
    if (id === this.keys.length) this.keys = grow(this.keys, Float64Array)
    this.keys[id] = key
    if (this.size * 2 > this.mask) this.rehash()
    return id
  }

  private rehash(): void {
    const capacity = (this.mask + 1) * 2
    this.slots = new Float64Array(capacity)
    this.ids = new Int32Array(capacity).fill(-1)
    this.mask = capacity - 1
    for (let id = 0; id < this.size; id++) {
      const key = this.keys[id] ?? 0
      const slot = this.slotOf(key)
      this.slots[slot] = key
      this.ids[slot] = id
    }
  }
}

type TypedArray = Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array
type TypedArrayOf<T extends TypedArray> = new (length: number) => T

function grow<T extends TypedArray>(array: T, Type: TypedArrayOf<T>, minimum = 0): T {
  const next = new Type(Math.max(array.length * 2, minimum, 1024))
  next.set(array)
  return next
}

/** Builds the postings of the live docs (alive[doc] = 1) among [from, to) of a shard. */
export function buildPostings(
  texts: readonly string[],
  headlineEnds: Uint32Array,
  alive: Uint8Array,
  from: number,
  to: number,
): Postings {
  const table = new TermTable()
  let seen = new Int32Array(1 << 16).fill(-1) // last doc that touched a term
  let counts = new Uint8Array(1 << 16) // the current doc's tf byte per term
  let touched = new Int32Array(4096)
  let postingTerms = new Int32Array(1 << 16)
  let postingDocs = new Uint16Array(1 << 16)
  let postingTfs = new Uint8Array(1 << 16)
  let postingCount = 0

  for (let doc = from; doc < to; doc++) {
    if (alive[doc] !== 1) continue
    const headlineEnd = headlineEnds[doc] ?? 0
    let touchedCount = 0
    forEachGram(texts[doc] ?? '', (key, position) => {
      const term = table.intern(key)
      if (term >= seen.length) {
        const known = seen.length
        seen = grow(seen, Int32Array, term + 1)
        seen.fill(-1, known)
        counts = grow(counts, Uint8Array, seen.length)
      }
      let count = counts[term] ?? 0
      if (seen[term] !== doc) {
        seen[term] = doc
        count = 0
        if (touchedCount === touched.length) touched = grow(touched, Int32Array)
        touched[touchedCount++] = term
      }
      if ((count & TF_CAP) < TF_CAP) count += 1
      if (position < headlineEnd) count |= HEADLINE_BIT
      counts[term] = count
    })
    if (postingCount + touchedCount > postingTerms.length) {
      const needed = postingCount + touchedCount
      postingTerms = grow(postingTerms, Int32Array, needed)
      postingDocs = grow(postingDocs, Uint16Array, needed)
      postingTfs = grow(postingTfs, Uint8Array, needed)
    }
    for (let i = 0; i < touchedCount; i++) {
      const term = touched[i] ?? 0
      postingTerms[postingCount] = term
      postingDocs[postingCount] = doc
      postingTfs[postingCount] = counts[term] ?? 0
      postingCount += 1
    }
  }
  return sortByKey(table, postingTerms, postingDocs, postingTfs, postingCount)
}

/** Counting sort of the postings (collected in doc order) into key order. */
function sortByKey(
  table: TermTable,
  terms: Int32Array,
  docs: Uint16Array,
  tfs: Uint8Array,
  count: number,
): Postings {
  const keys = table.keys.slice(0, table.size).sort()
  const rankOfTerm = new Int32Array(table.size)
  for (let rank = 0; rank < keys.length; rank++) rankOfTerm[table.get(keys[rank] ?? 0)] = rank
  const starts = new Uint32Array(keys.length + 1)
  for (let i = 0; i < count; i++) {
    const rank = rankOfTerm[terms[i] ?? 0] ?? 0
    starts[rank + 1] = (starts[rank + 1] ?? 0) + 1
  }
  for (let rank = 0; rank < keys.length; rank++) {
    starts[rank + 1] = (starts[rank + 1] ?? 0) + (starts[rank] ?? 0)
  }
  const cursor = starts.slice(0, keys.length)
  const sortedDocs = new Uint16Array(count)
  const sortedTfs = new Uint8Array(count)
  for (let i = 0; i < count; i++) {
    const rank = rankOfTerm[terms[i] ?? 0] ?? 0
    const at = cursor[rank] ?? 0
    cursor[rank] = at + 1
    sortedDocs[at] = docs[i] ?? 0
    sortedTfs[at] = tfs[i] ?? 0
  }
  return { keys, starts, docs: sortedDocs, tfs: sortedTfs }
}

/** Merges postings whose documents all come after those of `first`. */
export function mergePostings(first: Postings, second: Postings): Postings {
  const keys = new Float64Array(first.keys.length + second.keys.length)
  const starts = new Uint32Array(keys.length + 1)
  const docs = new Uint16Array(first.docs.length + second.docs.length)
  const tfs = new Uint8Array(docs.length)
  let a = 0
  let b = 0
  let k = 0
  let at = 0
  const copy = (source: Postings, index: number): void => {
    const start = source.starts[index] ?? 0
    const end = source.starts[index + 1] ?? start
    docs.set(source.docs.subarray(start, end), at)
    tfs.set(source.tfs.subarray(start, end), at)
    at += end - start
  }
  while (a < first.keys.length || b < second.keys.length) {
    const keyA = a < first.keys.length ? (first.keys[a] ?? 0) : Infinity
    const keyB = b < second.keys.length ? (second.keys[b] ?? 0) : Infinity
    const key = Math.min(keyA, keyB)
    keys[k] = key
    if (keyA === key) copy(first, a++)
    if (keyB === key) copy(second, b++)
    k += 1
    starts[k] = at
  }
  return { keys: keys.slice(0, k), starts: starts.slice(0, k + 1), docs, tfs }
}
