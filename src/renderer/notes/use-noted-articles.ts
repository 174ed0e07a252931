// The articles that carry notes, read live through the archive's index of them (it holds only
// those), so the list of every note costs nothing on an archive of 100,000 articles without any.
import type { Article } from '../../shared/article'
import type { ArchiveDatabase } from '../db/database'
import { useArchiveQuery } from '../db/use-archive-query'

/** Articles read at once for the list of all notes. */
export const notedShownAtOnce = 2_000

export function useNotedArticles(database: ArchiveDatabase): Article[] | undefined {
  return useArchiveQuery(
    () => database.articles.where('noted').equals(1).limit(notedShownAtOnce).toArray(),
    [database],
  )
}
