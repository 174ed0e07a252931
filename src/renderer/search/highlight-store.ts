// The marks the search worker sends with its answers, computed on the articles as stored: the
// engine keeps only normalised text, and marks belong on the original (core/search/highlight).
// Only what is about to be shown is read and marked, never every result.
import { articleMarks, markedPhrases, parseQuery, resultMarks } from '../../core/search'
import type { MarkedPhrases } from '../../core/search'
import { bodyText } from '../../shared/article'
import type { ArchiveDatabase } from '../db/database'
import type {
  ArticleHighlights,
  HighlightAnswer,
  HighlightRequest,
  ResultHighlights,
} from './worker-messages'

/** Marks and snippets of result rows (a snippet even when nothing is marked, as for 作者:…), in
 * the order of `ids`; articles no longer stored are left out. */
export async function resultHighlights(
  database: ArchiveDatabase,
  phrases: MarkedPhrases,
  ids: readonly string[],
): Promise<ResultHighlights[]> {
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

async function articleHighlights(
  database: ArchiveDatabase,
  phrases: MarkedPhrases,
  id: string,
): Promise<ArticleHighlights | null> {
  const article = await database.articles.get(id)
  if (article === undefined) return null
  return { id, version: article.updatedAt, ...articleMarks(article, phrases) }
}

/** Answers a highlight request; a query that does not parse marks nothing. */
export async function answerHighlight(
  database: ArchiveDatabase,
  request: HighlightRequest,
): Promise<HighlightAnswer> {
  const parsed = parseQuery(request.query)
  const phrases = parsed.ok ? markedPhrases(parsed.query) : { headline: [], body: [] }
  if (request.kind === 'results')
    return { kind: 'results', results: await resultHighlights(database, phrases, request.ids) }
  const article = parsed.ok ? await articleHighlights(database, phrases, request.id) : null
  return { kind: 'article', article }
}
