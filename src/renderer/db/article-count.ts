// How many articles there are (or how many an index holds), counted once per change of the
// articles table and shared by every reader (the toolbar, the library, the backup reminder).
// IndexedDB counts by walking the records, which in a large, often rewritten archive takes a
// good part of a second: at start, three readers each counting would queue three such walks in
// front of the library's first rows.
import { Dexie } from 'dexie'
import type { ArchiveDatabase } from './database'

const counts = new WeakMap<ArchiveDatabase, Map<string, Promise<number>>>()

function cacheOf(database: ArchiveDatabase): Map<string, Promise<number>> {
  let cache = counts.get(database)
  if (cache !== undefined) return cache
  const created = new Map<string, Promise<number>>()
  const articles = `idb://${database.name}/articles/`
  // After every committed write, here or in another window: a write elsewhere drops nothing.
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some((part) => part.startsWith(articles))) created.clear()
  })
  counts.set(database, created)
  cache = created
  return cache
}

/** The number of articles, or of entries in `index` (a single-valued index: articles). */
export function articleCount(
  database: ArchiveDatabase,
  index: string | null = null,
): Promise<number> {
  const cache = cacheOf(database)
  const key = index ?? ''
  const known = cache.get(key)
  if (known !== undefined) return known
  const counted =
    index === null ? database.articles.count() : database.articles.orderBy(index).count()
  cache.set(key, counted)
  counted.catch(() => {
    if (cache.get(key) === counted) cache.delete(key)
  })
  return counted
}
