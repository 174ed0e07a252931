// The search worker: owns the index, fed from Dexie (IndexedDB works in dedicated workers),
// answers queries with the marks of the rows shown first, marks opened articles, applies article
// changes at once and saves changed shards in the background.
import { markedPhrases, parseQuery, searchDocFromArticle } from '../../core/search'
import { errorDetail } from '../../shared/system-error'
import type { SearchEngine } from '../../core/search'
import { openArchiveDatabase } from '../db/database'
import { answerHighlight, resultHighlights } from './highlight-store'
import { applyArticleChanges, openSearchIndex, saveSearchIndex } from './index-store'
import type {
  FromSearchWorker,
  SearchAnswer,
  SearchRequest,
  ToSearchWorker,
} from './worker-messages'

const scope = globalThis as unknown as {
  postMessage(message: FromSearchWorker): void
  addEventListener(type: 'message', listener: (event: MessageEvent<ToSearchWorker>) => void): void
}
const post = (message: FromSearchWorker) => {
  scope.postMessage(message)
}
const saveDelayMs = 2000

const database = openArchiveDatabase()
let engine: SearchEngine | null = null
const waiting: ToSearchWorker[] = []
let saveTimer: ReturnType<typeof setTimeout> | null = null
/** Index updates, in arrival order; searches wait for the updates received before them. */
let updates = Promise.resolve()

async function answer(request: SearchRequest): Promise<SearchAnswer> {
  const current = engine
  const nothing = { ids: [], ms: 0, highlights: [] }
  if (current === null) return { ok: true, total: 0, complete: false, facets: null, ...nothing }
  if (request.query.trim() === '') {
    // No query: the library's filters, counted over the whole archive.
    const facets = request.facets ? current.facetsOfAll() : null
    return { ok: true, total: current.size, complete: true, facets, ...nothing }
  }
  const started = performance.now()
  // Parsed once: the engine searches with it, and the marks are its phrases.
  const parsed = parseQuery(request.query)
  if (!parsed.ok) return { ok: false, error: parsed.error, ms: performance.now() - started }
  const outcome = current.searchParsed(
    parsed.query,
    { limit: request.limit, sort: request.sort, firstPage: request.firstPage },
    started,
  )
  const facets = request.facets ? current.facets(outcome.refs) : null
  const { ids, total, complete, ms } = outcome
  const shown = ids.slice(0, request.highlights)
  const highlights = await resultHighlights(database, markedPhrases(parsed.query), shown)
  return { ok: true, ids, total, complete, ms, facets, highlights }
}

const reportFailure = (error: unknown) => {
  post({ type: 'failed', message: errorDetail(error) })
}

/** Queues work after the updates already received; one failure never blocks the ones after. */
function afterUpdates(task: () => void | Promise<void>): void {
  updates = updates.then(task).catch(reportFailure)
}

function scheduleSave(): void {
  if (saveTimer !== null) clearTimeout(saveTimer)
  saveTimer = setTimeout(() => {
    saveTimer = null
    const current = engine
    // After the updates received so far: a save never stamps changes the index has not seen.
    if (current !== null) afterUpdates(() => saveSearchIndex(database, current))
  }, saveDelayMs)
}

function handle(message: ToSearchWorker): void {
  if (message.type === 'search') {
    // After the changes already received: a search never misses an edit made before it.
    const { requestId, request } = message
    afterUpdates(async () => {
      post({ type: 'answer', requestId, answer: await answer(request) })
    })
    return
  }
  if (message.type === 'highlight') {
    // Read from the archive, not the index: no need to wait for index updates.
    const { requestId, request } = message
    answerHighlight(database, request).then((highlighted) => {
      post({ type: 'highlighted', requestId, answer: highlighted })
    }, reportFailure)
    return
  }
  const current = engine
  if (current === null) {
    waiting.push(message)
    return
  }
  afterUpdates(async () => {
    if (message.type === 'stored') {
      for (const article of message.articles) current.add(searchDocFromArticle(article))
    } else await applyArticleChanges(database, current, message.ids)
    scheduleSave()
  })
}

scope.addEventListener('message', (event) => {
  handle(event.data)
})

openSearchIndex(
  database,
  (progress) => {
    post({ type: 'progress', progress })
  },
  (searchable) => {
    engine = searchable
    for (const message of waiting.splice(0)) handle(message)
  },
).catch(reportFailure)
