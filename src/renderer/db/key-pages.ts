// A table read a page of records at a time in key order, each page a request of its own: a
// bounded piece of memory at a time, and other reads are not held up behind one long one.
import type { Collection, Table } from 'dexie'

/** The table's records, `size` at a time, in primary-key order. */
export async function* pagesByKey<T extends { id: string }, TInsert>(
  table: Table<T, string, TInsert>,
  size: number,
): AsyncGenerator<T[]> {
  let last: string | null = null
  for (;;) {
    const rest: Collection<T, string, TInsert> =
      last === null ? table.orderBy(':id') : table.where(':id').above(last)
    const page: T[] = await rest.limit(size).toArray()
    if (page.length === 0) return
    yield page
    last = page[page.length - 1]?.id ?? null
  }
}
