// Text fingerprints for duplicate detection. The body is normalised (width, case, no spaces or
// punctuation: the same story set on two pages differs in those first), cut into overlapping
// character k-grams, and each k-gram hashed to 32 bits. Winnowing keeps the smallest hash of
// every window of w k-grams: any passage of w + k - 1 characters the two texts share yields a
// shared fingerprint, so candidates are found by fingerprint without comparing every pair.

export const SHINGLE_LENGTH = 5
export const WINNOW_WINDOW = 12

const NOISE = /[\s\p{P}\p{S}\p{Cc}\p{Cf}]+/gu

export function normaliseForDuplicates(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOISE, '')
}

/** FNV-1a over UTF-16 units, then a final mix so nearby k-grams spread over all 32 bits. */
function hashShingle(text: string, start: number, length: number): number {
  let hash = 0x811c9dc5
  for (let index = start; index < start + length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  }
  hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d)
  return (hash ^ (hash >>> 12)) >>> 0
}

/** Hashes of every k-gram, in text order (a text shorter than k is one k-gram). */
export function shingleHashes(normalised: string, k = SHINGLE_LENGTH): Uint32Array {
  if (normalised.length === 0) return new Uint32Array(0)
  const count = Math.max(1, normalised.length - k + 1)
  const hashes = new Uint32Array(count)
  for (let index = 0; index < count; index++) {
    hashes[index] = hashShingle(normalised, index, Math.min(k, normalised.length))
  }
  return hashes
}

/** The winnowed fingerprints: the minimum of each window of `w` hashes, as a set. */
export function winnow(hashes: Uint32Array, w = WINNOW_WINDOW): Set<number> {
  const prints = new Set<number>()
  if (hashes.length <= w) {
    if (hashes.length > 0) prints.add(Math.min(...hashes))
    return prints
  }
  for (let start = 0; start + w <= hashes.length; start++) {
    let min = hashes[start] ?? 0
    for (let index = start + 1; index < start + w; index++) min = Math.min(min, hashes[index] ?? 0)
    prints.add(min)
  }
  return prints
}

export interface Similarity {
  /** Shared k-grams over all k-grams of both. */
  jaccard: number
  /** Shared k-grams over the k-grams of the shorter text: 1 when one text holds the other. */
  containment: number
}

export function similarity(a: ReadonlySet<number>, b: ReadonlySet<number>): Similarity {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const hash of small) if (large.has(hash)) shared++
  const union = a.size + b.size - shared
  return {
    jaccard: union === 0 ? 1 : shared / union,
    containment: small.size === 0 ? 0 : shared / small.size,
  }
}
