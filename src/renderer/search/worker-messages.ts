// Messages between the UI thread and the search worker. The UI thread never searches: the
// worker also says what to mark, so the screen draws exactly the phrases the engine matched.
// Each request has one answer type (search → SearchAnswer, markRows → RowMarks[], markArticle →
// ArticleMarks): one operation each when these move onto a request/response channel.
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
  /** Marks come with the answer for this many of the best ids: the rows shown first. */
  markedRows: number
}

/** What a result row draws, read from the archive by the worker. */
export interface RowMarks extends ResultMarks {
  id: string
  /** The article's `updatedAt` when it was read: a row does not draw marks of another version. */
  version: number
}

export type SearchAnswer =
  | {
      ok: true
      ids: string[]
      total: number
      complete: boolean
      ms: number
      facets: Facets | null
      /** Marks of the first `markedRows` ids, in their order (none for an article gone). */
      marks: RowMarks[]
    }
  | { ok: false; error: QueryError; ms: number }

/** Marks of result rows scrolled to beyond those the answer brought. */
export interface MarkRowsRequest {
  query: string
  ids: string[]
}

/** Every mark of the article the reader shows, computed on exactly that text. */
export interface MarkArticleRequest {
  query: string
  article: Article
}

export type ToSearchWorker =
  | { type: 'search'; requestId: number; request: SearchRequest }
  | { type: 'markRows'; requestId: number; request: MarkRowsRequest }
  | { type: 'markArticle'; requestId: number; request: MarkArticleRequest }
  | { type: 'changed'; ids: string[] }
  /** Articles just stored: indexed from the message, without reading them back. */
  | { type: 'stored'; articles: Article[] }

export type FromSearchWorker =
  | { type: 'answer'; requestId: number; answer: SearchAnswer }
  | { type: 'rowMarks'; requestId: number; marks: RowMarks[] }
  | { type: 'articleMarks'; requestId: number; marks: ArticleMarks }
  | { type: 'progress'; progress: IndexProgress }
  | { type: 'failed'; message: string }
