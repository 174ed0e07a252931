// Fast, stable, non-cryptographic string hashes: article ids, and the fingerprint a restore's
// journal keeps of each record it wrote instead of a second copy of it.

/** 53-bit string hash (cyrb53); two seeds give a 106-bit id, ample for millions of articles. */
export function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys)
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(entries.map(([key, field]) => [key, sortedKeys(field)]))
}

/** JSON with every object's keys in order: the same record read back may list its fields in
 * another order than it was written with (an article's tags are stored apart from it). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortedKeys(value))
}

/** The same JSON, whatever the order of the fields. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

/** A fingerprint of a record as canonical JSON, null for none. */
export function jsonHash(value: unknown): string {
  const text = canonicalJson(value ?? null)
  return `${cyrb53(text, 1).toString(36)}.${cyrb53(text, 2).toString(36)}.${String(text.length)}`
}
