// What the UI thread and the search worker say to each other: one operation each, over
// src/shared/rpc.ts. The UI thread never searches: the worker also says what to mark, so the
// screen draws exactly the phrases the engine matched.
import type { ArticleMarks, Facets, QueryError, ResultMarks, SortOrder } from '../../core/search'
import type { Article } from '../../shared/article'
import type { Operation } from '../../shared/rpc'
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
      /** The count is exact: every shard searched, every article indexed. */
      complete: boolean
      /** Articles of the archive not in the index yet (loading at start, or just imported):
       * the answer is from the others. */
      pending: number
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

/** What the worker tells whoever watches it. */
export type SearchWorkerNotice =
  | { type: 'progress'; progress: IndexProgress }
  /** The index could not be loaded, updated or saved (the reason, in English). */
  | { type: 'failed'; message: string }

export type SearchProtocol = {
  /** Loads the index (once; later calls do nothing). Nothing is read from the archive before. */
  open: Operation<null, null>
  /** After the edits already sent (a search never misses one made before it); imported articles
   * still being indexed are counted in `pending`. */
  search: Operation<SearchRequest, SearchAnswer>
  markRows: Operation<MarkRowsRequest, RowMarks[]>
  markArticle: Operation<MarkArticleRequest, ArticleMarks>
  /** Articles just stored: indexed from the message, without reading them back. */
  stored: Operation<Article[], null>
  /** Articles edited, deleted or changed by sync: read again from the archive and followed. */
  changed: Operation<string[], null>
  /** Articles whose tags alone changed: their tag lists read, their text never. */
  retagged: Operation<string[], null>
  /** Progress and failures, for as long as the worker runs: it never answers. */
  watch: Operation<null, never, SearchWorkerNotice>
}
