// The search worker: owns the index, fed from Dexie (IndexedDB works in dedicated workers),
// answers queries with the marks of the rows shown first, marks opened articles, applies article
// changes at once and saves changed shards in the background.
import { articleMarks, markedPhrases, parseQuery, searchDocFromArticle } from '../../core/search'
import { errorDetail } from '../../shared/system-error'
import type { MarkedPhrases, SearchEngine } from '../../core/search'
import { openArchiveDatabase } from '../db/database'
import { applyArticleChanges, openSearchIndex, saveSearchIndex } from './index-store'
import { phrasesOf, rowMarks } from './row-marks'
import type {
  FromSearchWorker,
  RowMarks,
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
  post({ type: 'failed', message: errorDetail(error) })
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

type Request<T extends ToSearchWorker['type']> = Extract<ToSearchWorker, { type: T }>

function search({ requestId, request }: Request<'search'>): void {
  // After the changes already received: a search never misses an edit made before it.
  afterUpdates(async () => {
    post({ type: 'answer', requestId, answer: await answer(request) })
  })
}

function markRows({ requestId, request }: Request<'markRows'>): void {
  // Read from the archive, not the index: no need to wait for index updates.
  void marksOfRows(phrasesOf(request.query), request.ids).then((marks) => {
    post({ type: 'rowMarks', requestId, marks })
  })
}

function markArticle({ requestId, request }: Request<'markArticle'>): void {
  // Marked on the text the reader shows, sent with the request: never another version of it.
  const marks = articleMarks(request.article, phrasesOf(request.query))
  post({ type: 'articleMarks', requestId, marks })
}

function update(message: Request<'stored' | 'changed'>): void {
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

function handle(message: ToSearchWorker): void {
  if (message.type === 'search') search(message)
  else if (message.type === 'markRows') markRows(message)
  else if (message.type === 'markArticle') markArticle(message)
  else update(message)
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
