// Messages between the UI thread and the search worker. The UI thread never searches: the
// worker also says what to mark, so the screen draws exactly the phrases the engine matched.
import type { ArticleMarks, Facets, QueryError, ResultMarks, SortOrder } from '../../core/search'
import type { Article } from '../../shared/article'
import type { IndexProgress } from './index-store'

export interface SearchRequest {
  query: string
  /** Ids to return (the count stays exact unless `firstPage`). */
  limit: number
  sort: SortOrder
  firstPage: boolean
  facets: boolean
  /** Marks for this many of the best ids: the rows shown first. */
  highlights: number
}

/** The marks of one article, for the version of it they were computed on. */
interface Marked {
  id: string
  /** The article's `updatedAt` when it was read: marks of an older version are not drawn. */
  version: number
}

/** What a result row draws. */
export interface ResultHighlights extends ResultMarks, Marked {}

/** What the reader draws of an open article. */
export interface ArticleHighlights extends ArticleMarks, Marked {}

export type SearchAnswer =
  | {
      ok: true
      ids: string[]
      total: number
      complete: boolean
      ms: number
      facets: Facets | null
      /** Marks of the first `request.highlights` ids (fewer if an article is gone). */
      highlights: ResultHighlights[]
    }
  | { ok: false; error: QueryError; ms: number }

export type HighlightRequest =
  /** Marks of result rows scrolled to beyond the first page. */
  | { kind: 'results'; query: string; ids: string[] }
  /** Every mark of an opened article. */
  | { kind: 'article'; query: string; id: string }

export type HighlightAnswer =
  | { kind: 'results'; results: ResultHighlights[] }
  /** null: the article is gone or the query has no marks (it does not parse). */
  | { kind: 'article'; article: ArticleHighlights | null }

export type ToSearchWorker =
  | { type: 'search'; requestId: number; request: SearchRequest }
  | { type: 'highlight'; requestId: number; request: HighlightRequest }
  | { type: 'changed'; ids: string[] }
  /** Articles just stored: indexed from the message, without reading them back. */
  | { type: 'stored'; articles: Article[] }

export type FromSearchWorker =
  | { type: 'answer'; requestId: number; answer: SearchAnswer }
  | { type: 'highlighted'; requestId: number; answer: HighlightAnswer }
  | { type: 'progress'; progress: IndexProgress }
  | { type: 'failed'; message: string }
