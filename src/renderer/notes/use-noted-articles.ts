// The articles that carry notes, read live through the archive's index of them (it holds only
// those), so the list of every note costs nothing on an archive of 100,000 articles without any.
import type { Article } from '../../shared/article'
import type { ArchiveDatabase } from '../db/database'
import { useArchiveQuery } from '../db/use-archive-query'

/** Articles read at once for the list of all notes. */
export const notedShownAtOnce = 2_000

/** Up to `notedShownAtOnce` articles with notes, and whether there are more. */
export function useNotedArticles(
  database: ArchiveDatabase,
): { articles: Article[]; more: boolean } | undefined {
  return useArchiveQuery(database, async () => {
    const read = await database.articles
      .where('noted')
      .equals(1)
      .limit(notedShownAtOnce + 1)
      .toArray()
    return { articles: read.slice(0, notedShownAtOnce), more: read.length > notedShownAtOnce }
  }, [database])
}
