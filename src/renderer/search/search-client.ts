// The UI thread's handle on the search worker, over src/shared/rpc.ts: queries and marks as
// promises (a signal drops one no longer wanted), index changes told as they happen, and the
// worker's progress and failures as listeners.
import type { ArticleMarks } from '../../core/search'
import { connect, domEndpoint } from '../../shared/rpc'
import type { Client } from '../../shared/rpc'
import { errorDetail } from '../../shared/system-error'
import type { RowMarks, SearchAnswer, SearchProtocol, SearchRequest } from './worker-messages'
import type { Article } from '../../shared/article'
import type { IndexProgress } from './index-store'

// A failure to index is told through `onFailure` by the worker itself; a closed worker needs no
// telling. So the calls that only inform it have nothing left to handle.
const ignore = () => undefined

export class SearchClient {
  private readonly worker: Worker
  private readonly client: Client<SearchProtocol>
  private readonly progressListeners = new Set<(progress: IndexProgress) => void>()
  progress: IndexProgress = { phase: 'restoring', done: 0, total: 0 }
  private readonly failureListeners = new Set<(message: string) => void>()
  private closed = false
  private opened = false

  /** `deferOpen`: the index is read only once `open()` is called (or the index is first used),
   * so that at start it does not compete with the library's first rows. */
  constructor(options: { deferOpen?: boolean } = {}) {
    this.worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' })
    this.client = connect<SearchProtocol>(domEndpoint(this.worker))
    this.worker.addEventListener('error', (event) => {
      this.failed(event.message)
    })
    this.client
      .call('watch', null, {
        onEvent: (notice) => {
          if (notice.type === 'failed') {
            this.failed(notice.message)
            return
          }
          this.progress = notice.progress
          for (const listener of this.progressListeners) listener(notice.progress)
        },
      })
      .catch((error: unknown) => {
        this.failed(errorDetail(error))
      })
    if (options.deferOpen !== true) this.open()
  }

  /** Starts reading the index (once). */
  open(): void {
    if (this.opened) return
    this.opened = true
    this.client.call('open', null).catch(ignore)
  }

  search(request: SearchRequest, signal?: AbortSignal): Promise<SearchAnswer> {
    this.open()
    return this.client.call('search', request, { signal })
  }

  /** Marks and snippets of result rows beyond those the search answer brought. */
  markRows(query: string, ids: readonly string[], signal?: AbortSignal): Promise<RowMarks[]> {
    return this.client.call('markRows', { query, ids: [...ids] }, { signal })
  }

  /** Every mark of `article`, as the reader shows it, for a query (none if it does not parse). */
  markArticle(query: string, article: Article, signal?: AbortSignal): Promise<ArticleMarks> {
    return this.client.call('markArticle', { query, article }, { signal })
  }

  /** Articles were just stored (an import batch): the worker indexes them as given. */
  articlesStored(articles: readonly Article[]): void {
    this.open()
    if (articles.length > 0) this.client.call('stored', [...articles]).catch(ignore)
  }

  /** Articles were edited, retagged or deleted: the worker reads them again and follows (only
   * their tag lists when `tagsOnly`). */
  articlesChanged(ids: readonly string[], tagsOnly = false): void {
    this.open()
    if (ids.length > 0) this.client.call(tagsOnly ? 'retagged' : 'changed', [...ids]).catch(ignore)
  }

  /** The worker could not load, update or save the index (the reason, in English). */
  onFailure(listener: (message: string) => void): () => void {
    this.failureListeners.add(listener)
    return () => this.failureListeners.delete(listener)
  }

  onProgress(listener: (progress: IndexProgress) => void): () => void {
    this.progressListeners.add(listener)
    return () => this.progressListeners.delete(listener)
  }

  close(): void {
    this.closed = true
    this.client.close(new Error('The search worker was closed.'))
    this.worker.terminate()
  }

  private failed(message: string): void {
    if (this.closed) return
    for (const listener of this.failureListeners) listener(message)
  }
}
