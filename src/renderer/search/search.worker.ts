// The search worker: owns the index, fed from Dexie (IndexedDB works in dedicated workers),
// answers queries with the marks of the rows shown first, marks opened articles, applies article
// changes at once and saves changed shards in the background. Spoken to over src/shared/rpc.ts.
import { articleMarks, markedPhrases, parseQuery, searchDocFromArticle } from '../../core/search'
import { domEndpoint, serve } from '../../shared/rpc'
import type { CallContext, DomPort } from '../../shared/rpc'
import { errorDetail } from '../../shared/system-error'
import type { MarkedPhrases, SearchEngine } from '../../core/search'
import type { Article } from '../../shared/article'
import { openArchiveDatabase } from '../db/database'
import { applyArticleChanges, openSearchIndex, saveSearchIndex } from './index-store'
import { phrasesOf, rowMarks } from './row-marks'
import type {
  RowMarks,
  SearchAnswer,
  SearchProtocol,
  SearchRequest,
  SearchWorkerNotice,
} from './worker-messages'

const saveDelayMs = 2000

const database = openArchiveDatabase()
let engine: SearchEngine | null = null
/** Index updates that came before the index was loaded, applied once it is. */
type Update = { type: 'stored'; articles: Article[] } | { type: 'changed'; ids: string[] }
const waiting: Update[] = []
let saveTimer: ReturnType<typeof setTimeout> | null = null
/** Index updates and saves, in arrival order; never rejects. */
let updates = Promise.resolve()

/** Whoever watches progress and failures (the client, from its start). */
let watcher: CallContext<SearchWorkerNotice> | null = null
/** What happened before anyone watched: every failure, and the latest progress. */
const unwatched: SearchWorkerNotice[] = []

function notify(notice: SearchWorkerNotice): void {
  if (watcher !== null) {
    // The watch ends only with the client, which then wants no more notices.
    watcher.emit(notice).catch(() => undefined)
    return
  }
  if (notice.type === 'progress') {
    const earlier = unwatched.findIndex((kept) => kept.type === 'progress')
    if (earlier >= 0) unwatched.splice(earlier, 1)
  }
  unwatched.push(notice)
}

async function answer(request: SearchRequest): Promise<SearchAnswer> {
  const current = engine
  const nothing = { ids: [], ms: 0, marks: [] }
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
  const marks = await marksOfRows(markedPhrases(parsed.query), ids.slice(0, request.markedRows))
  return { ok: true, ids, total, complete, ms, facets, marks }
}

const reportFailure = (error: unknown) => {
  notify({ type: 'failed', message: errorDetail(error) })
}

/** Rows' marks; none when the archive cannot be read, so that an answer still comes. */
async function marksOfRows(phrases: MarkedPhrases, ids: readonly string[]): Promise<RowMarks[]> {
  try {
    return await rowMarks(database, phrases, ids)
  } catch (error) {
    reportFailure(error)
    return []
  }
}

/** Queues an index update or save; one failure never blocks the ones after. */
function queueUpdate(task: () => void | Promise<void>): void {
  updates = updates.then(task).catch(reportFailure)
}

/** Runs `task` once the updates already received are applied; its failure is the caller's. */
function afterUpdates<T>(task: () => T | Promise<T>): Promise<T> {
  return updates.then(task)
}

function scheduleSave(): void {
  if (saveTimer !== null) clearTimeout(saveTimer)
  saveTimer = setTimeout(() => {
    saveTimer = null
    const current = engine
    // After the updates received so far: a save never stamps changes the index has not seen.
    if (current !== null) queueUpdate(() => saveSearchIndex(database, current))
  }, saveDelayMs)
}

function update(message: Update): null {
  const current = engine
  if (current === null) {
    waiting.push(message)
    return null
  }
  queueUpdate(async () => {
    if (message.type === 'stored') {
      for (const article of message.articles) current.add(searchDocFromArticle(article))
    } else await applyArticleChanges(database, current, message.ids)
    scheduleSave()
  })
  return null
}

serve<SearchProtocol>(domEndpoint(globalThis as unknown as DomPort), {
  // After the changes already received: a search never misses an edit made before it. One no
  // longer wanted (the user typed on) is skipped.
  search: (request, { signal }) =>
    afterUpdates(() => {
      signal.throwIfAborted()
      return answer(request)
    }),
  // Read from the archive, not the index: no need to wait for index updates.
  markRows: (request) => marksOfRows(phrasesOf(request.query), request.ids),
  // Marked on the text the reader shows, sent with the request: never another version of it.
  markArticle: (request) => articleMarks(request.article, phrasesOf(request.query)),
  stored: (articles) => update({ type: 'stored', articles }),
  changed: (ids) => update({ type: 'changed', ids }),
  watch: (_args, context) => {
    watcher = context
    for (const notice of unwatched.splice(0)) context.emit(notice).catch(() => undefined)
    return new Promise<never>(() => undefined)
  },
})

openSearchIndex(
  database,
  (progress) => {
    notify({ type: 'progress', progress })
  },
  (searchable) => {
    engine = searchable
    for (const message of waiting.splice(0)) update(message)
  },
).catch(reportFailure)
