// Every article's version, read from index keys only (never the records): its tag list's
// `updatedAt` (db/tag-lists.ts), which the layer writes with every article and every tagging,
// and which is the `updatedAt` a reader sees. What the search index and bureau sync compare
// their own versions with.
import type { ArchiveDatabase } from './database'

/** Versions by article id; an article without a tag list has none. */
export async function articleVersions(database: ArchiveDatabase): Promise<Map<string, number>> {
  const versions = new Map<string, number>()
  await database.tagLists.orderBy('updatedAt').eachKey((key, cursor) => {
    if (typeof key === 'number') versions.set(cursor.primaryKey, key)
  })
  return versions
}
