// What is read from the whole articles table (a count, an order's every id), kept until the
// table next changes and shared by every reader (the toolbar, the library, the backup reminder).
// IndexedDB counts and lists by walking the records, which in a large, often rewritten archive
// takes a good part of a second: at start, three readers each counting would queue three such
// walks in front of the library's first rows.
import { Dexie } from 'dexie'
import type { ArchiveDatabase } from './database'
import { writtenTables } from './mutated-parts'

const memos = new WeakMap<ArchiveDatabase, Map<string, Promise<unknown>>>()

function memoOf(database: ArchiveDatabase): Map<string, Promise<unknown>> {
  const known = memos.get(database)
  if (known !== undefined) return known
  const memo = new Map<string, Promise<unknown>>()
  // After every committed write to the articles, here or in another window.
  Dexie.on('storagemutated', (parts) => {
    if (writtenTables(parts, database.name).has('articles')) memo.clear()
  })
  memos.set(database, memo)
  return memo
}

/** `read()`'s answer, read again only after the articles table has changed. */
export function untilArticlesChange<T>(
  database: ArchiveDatabase,
  key: string,
  read: () => Promise<T>,
): Promise<T> {
  const memo = memoOf(database)
  const known = memo.get(key)
  if (known !== undefined) return known as Promise<T>
  const answer = read()
  memo.set(key, answer)
  answer.catch(() => {
    if (memo.get(key) === answer) memo.delete(key)
  })
  return answer
}

/** The number of articles, or of entries in `index` (a single-valued index: articles). */
export function articleCount(
  database: ArchiveDatabase,
  index: string | null = null,
): Promise<number> {
  return untilArticlesChange(database, `count ${index ?? ''}`, () =>
    index === null ? database.articles.count() : database.articles.orderBy(index).count(),
  )
}
