// The articles holding versions to choose between, read live through the archive's index of
// conflicted articles (it holds only those), so the count costs nothing on a large archive.
import type { Article } from '../../shared/article'
import type { ArchiveDatabase } from '../db/database'
import { useArchiveQuery } from '../db/use-archive-query'

/** Articles listed at once; the rest follow as these are settled. */
const shownAtOnce = 50

export function useConflictCount(database: ArchiveDatabase): number {
  return (
    useArchiveQuery(database, () => database.articles.where('conflicted').equals(1).count(), [
      database,
    ]) ?? 0
  )
}

export function useConflictedArticles(database: ArchiveDatabase): Article[] | undefined {
  return useArchiveQuery(
    database,
    () => database.articles.where('conflicted').equals(1).limit(shownAtOnce).toArray(),
    [database],
  )
}
