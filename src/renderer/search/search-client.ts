// The UI thread's handle on the search worker: promise-based queries and change notices.
import type {
  ArticleHighlights,
  FromSearchWorker,
  HighlightAnswer,
  HighlightRequest,
  ResultHighlights,
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
  private readonly highlighting = new Map<number, (answer: HighlightAnswer) => void>()
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
      } else if (message.type === 'highlighted') {
        this.highlighting.get(message.requestId)?.(message.answer)
        this.highlighting.delete(message.requestId)
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
  async resultHighlights(query: string, ids: readonly string[]): Promise<ResultHighlights[]> {
    const answer = await this.highlight({ kind: 'results', query, ids: [...ids] })
    return answer.kind === 'results' ? answer.results : []
  }

  /** Every mark of an article for a query; null when it is gone or the query does not parse. */
  async articleHighlights(id: string, query: string): Promise<ArticleHighlights | null> {
    const answer = await this.highlight({ kind: 'article', query, id })
    return answer.kind === 'article' ? answer.article : null
  }

  private highlight(request: HighlightRequest): Promise<HighlightAnswer> {
    const requestId = this.nextId++
    return new Promise((resolve) => {
      this.highlighting.set(requestId, resolve)
      this.post({ type: 'highlight', requestId, request })
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
