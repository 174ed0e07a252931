// The UI thread's handle on the search worker: promise-based queries and change notices.
import type { ArticleMarks } from '../../core/search'
import type {
  FromSearchWorker,
  RowMarks,
  SearchAnswer,
  SearchRequest,
  ToSearchWorker,
} from './worker-messages'
import type { Article } from '../../shared/article'
import type { IndexProgress } from './index-store'

export class SearchClient {
  private readonly worker: Worker
  private nextId = 1
  private readonly pending = new Map<number, (answer: SearchAnswer) => void>()
  private readonly rowMarking = new Map<number, (marks: RowMarks[]) => void>()
  private readonly articleMarking = new Map<number, (marks: ArticleMarks) => void>()
  private readonly progressListeners = new Set<(progress: IndexProgress) => void>()
  progress: IndexProgress = { phase: 'restoring', done: 0, total: 0 }
  private readonly failureListeners = new Set<(message: string) => void>()

  constructor() {
    this.worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' })
    this.worker.addEventListener('message', (event: MessageEvent<FromSearchWorker>) => {
      const message = event.data
      if (message.type === 'answer') {
        this.pending.get(message.requestId)?.(message.answer)
        this.pending.delete(message.requestId)
      } else if (message.type === 'rowMarks') {
        this.rowMarking.get(message.requestId)?.(message.marks)
        this.rowMarking.delete(message.requestId)
      } else if (message.type === 'articleMarks') {
        this.articleMarking.get(message.requestId)?.(message.marks)
        this.articleMarking.delete(message.requestId)
      } else if (message.type === 'progress') {
        this.progress = message.progress
        for (const listener of this.progressListeners) listener(message.progress)
      } else {
        for (const listener of this.failureListeners) listener(message.message)
      }
    })
  }

  search(request: SearchRequest): Promise<SearchAnswer> {
    const requestId = this.nextId++
    return new Promise((resolve) => {
      this.pending.set(requestId, resolve)
      this.post({ type: 'search', requestId, request })
    })
  }

  /** Marks and snippets of result rows beyond those the search answer brought. */
  markRows(query: string, ids: readonly string[]): Promise<RowMarks[]> {
    const requestId = this.nextId++
    return new Promise((resolve) => {
      this.rowMarking.set(requestId, resolve)
      this.post({ type: 'markRows', requestId, request: { query, ids: [...ids] } })
    })
  }

  /** Every mark of `article`, as the reader shows it, for a query (none if it does not parse). */
  markArticle(query: string, article: Article): Promise<ArticleMarks> {
    const requestId = this.nextId++
    return new Promise((resolve) => {
      this.articleMarking.set(requestId, resolve)
      this.post({ type: 'markArticle', requestId, request: { query, article } })
    })
  }

  /** Articles were just stored (an import batch): the worker indexes them as given. */
  articlesStored(articles: readonly Article[]): void {
    if (articles.length > 0) this.post({ type: 'stored', articles: [...articles] })
  }

  /** Articles were edited, retagged or deleted: the worker reads them again and follows. */
  articlesChanged(ids: readonly string[]): void {
    if (ids.length > 0) this.post({ type: 'changed', ids: [...ids] })
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
    this.worker.terminate()
  }

  private post(message: ToSearchWorker): void {
    this.worker.postMessage(message)
  }
}
