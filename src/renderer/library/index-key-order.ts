// IndexedDB's order of keys, for lists sorted in memory that must come out as an index lists
// them: numbers before strings before arrays; strings by UTF-16 code unit (as JavaScript's `<`
// compares them), arrays item by item, a shorter one first.
export type IndexKey = number | string | readonly IndexKey[]

const rank = (key: IndexKey): number =>
  typeof key === 'number' ? 0 : typeof key === 'string' ? 1 : 2

export function compareIndexKeys(a: IndexKey, b: IndexKey): number {
  const byType = rank(a) - rank(b)
  if (byType !== 0) return byType
  if (typeof a === 'object' && typeof b === 'object') {
    for (let at = 0; at < Math.min(a.length, b.length); at++) {
      const byItem = compareIndexKeys(a[at] as IndexKey, b[at] as IndexKey)
      if (byItem !== 0) return byItem
    }
    return a.length - b.length
  }
  return a < b ? -1 : a > b ? 1 : 0
}
