// Messages between the UI thread and the search worker. The UI thread never searches.
import type { Facets, QueryError, SortOrder } from '../../core/search'
import type { Article } from '../../shared/article'
import type { IndexProgress } from './index-store'

export interface SearchRequest {
  query: string
  /** Ids to return (the count stays exact unless `firstPage`). */
  limit: number
  sort: SortOrder
  firstPage: boolean
  facets: boolean
}

export type SearchAnswer =
  | {
      ok: true
      ids: string[]
      total: number
      complete: boolean
      ms: number
      facets: Facets | null
    }
  | { ok: false; error: QueryError; ms: number }

export type ToSearchWorker =
  | { type: 'search'; requestId: number; request: SearchRequest }
  | { type: 'changed'; ids: string[] }
  /** Articles just stored: indexed from the message, without reading them back. */
  | { type: 'stored'; articles: Article[] }

export type FromSearchWorker =
  | { type: 'answer'; requestId: number; answer: SearchAnswer }
  | { type: 'progress'; progress: IndexProgress }
  | { type: 'failed'; message: string }
