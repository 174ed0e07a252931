// The marks the search worker computes for what the screen shows. The engine keeps only
// normalised text and marks belong on the original (core/search/highlight), so result rows are
// read back from the archive: only the rows about to be shown, never every result.
import { markedPhrases, parseQuery, resultMarks } from '../../core/search'
import type { MarkedPhrases } from '../../core/search'
import { bodyText } from '../../shared/article'
import type { ArchiveDatabase } from '../db/database'
import type { RowMarks } from './worker-messages'

/** The phrases a query as typed marks: none when it does not parse (its error shows instead). */
export function phrasesOf(query: string): MarkedPhrases {
  const parsed = parseQuery(query)
  return parsed.ok ? markedPhrases(parsed.query) : { headline: [], body: [] }
}

/** Marks and snippets of result rows (a snippet even when nothing is marked, as for 作者:…), in
 * the order of `ids`; articles no longer stored are left out. */
export async function rowMarks(
  database: ArchiveDatabase,
  phrases: MarkedPhrases,
  ids: readonly string[],
): Promise<RowMarks[]> {
  if (ids.length === 0) return []
  const articles = await database.articles.bulkGet([...ids])
  return articles.flatMap((article) =>
    article === undefined
      ? []
      : [
          {
            id: article.id,
            version: article.updatedAt,
            ...resultMarks({ ...article, body: bodyText(article) }, phrases),
          },
        ],
  )
}
