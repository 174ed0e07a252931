// Writes one batch of imported articles in a single Dexie transaction: either the whole batch
// lands or none of it. An article already in the archive (same id: same text, whatever file or
// encoding it came from) is kept as it is, with its tags and edits, and counted as a duplicate.
import type { ImportedArticle, ImportedSource } from '../../shared/api/contract'
import { displayTitle, fieldsOf } from '../../shared/article'
import type { Article, ArticleFields } from '../../shared/article'
import { differsFromSource } from '../../core/archive/conflicts'
import type { ArchiveDatabase } from '../db/database'
import { guardStorage } from '../db/errors'
import { packSource } from '../db/source-text'

/** An article already here that was corrected or merged since, and differs from what its file
 * says now: the import report offers to restore it from the source. */
export interface ChangedFromSource {
  id: string
  title: string
  source: ArticleFields
}

export interface StoredBatch {
  added: Article[]
  duplicates: number
  changed: ChangedFromSource[]
}

/** Corrected, merged in from a backup, or holding a conflict: no longer as imported. */
const wasChanged = (article: Article): boolean =>
  article.base !== undefined || article.conflicts !== undefined

export async function storeImportedBatch(
  database: ArchiveDatabase,
  batch: readonly ImportedArticle[],
  now = Date.now(),
  sources: readonly ImportedSource[] = [],
): Promise<StoredBatch> {
  const packed = sources.map((source) => packSource(source, now))
  return guardStorage(() =>
    database.transaction('rw', database.articles, database.sources, async () => {
      if (packed.length > 0) await database.sources.bulkPut(packed)
      const unique = new Map(batch.map((article) => [article.id, article]))
      const ids = [...unique.keys()]
      const existing = await database.articles.bulkGet(ids)
      const added: Article[] = []
      const changed: ChangedFromSource[] = []
      ids.forEach((id, index) => {
        const article = unique.get(id)
        const here = existing[index]
        if (
          here !== undefined &&
          article !== undefined &&
          wasChanged(here) &&
          differsFromSource(here, article)
        ) {
          changed.push({ id, title: displayTitle(here).text, source: fieldsOf(article) })
        }
        if (here === undefined && article !== undefined) {
          // A microsecond less per article: "newest import first" then lists a page in page order.
          const importedAt = now - index / 1000
          added.push({ ...article, tags: [], importedAt, updatedAt: importedAt })
        }
      })
      await database.articles.bulkAdd(added)
      return { added, duplicates: batch.length - added.length, changed }
    }),
  )
}

/**
 * The articles of `files` that are not in `keep`: what an earlier import of those files produced
 * (decoded with the wrong encoding) and a new import has replaced.
 */
export function staleArticles(
  database: ArchiveDatabase,
  files: ReadonlySet<string>,
  keep: ReadonlySet<string>,
): Promise<string[]> {
  if (files.size === 0) return Promise.resolve([])
  return database.articles
    .where('source.file')
    .anyOf([...files])
    .filter((article) => !keep.has(article.id))
    .primaryKeys()
}
