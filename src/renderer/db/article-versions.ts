// Every article's version, read from index keys only (never the records): its tag list's
// `updatedAt` (db/tag-lists.ts), else its own; the `updatedAt` a reader sees. What
// the search index and bureau sync compare their own versions with.
import type { ArchiveDatabase } from './database'

/** Versions by article id; an article without a numeric `updatedAt` has none. */
export function articleVersions(database: ArchiveDatabase): Promise<Map<string, number>> {
  const { articles, tagLists } = database
  return database.transaction('r', articles, tagLists, async () => {
    const versions = new Map<string, number>()
    await articles.orderBy('updatedAt').eachKey((key, cursor) => {
      if (typeof key === 'number') versions.set(cursor.primaryKey, key)
    })
    await tagLists.orderBy('updatedAt').eachKey((key, cursor) => {
      if (typeof key === 'number' && versions.has(cursor.primaryKey))
        versions.set(cursor.primaryKey, key)
    })
    return versions
  })
}
