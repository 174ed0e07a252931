// The search worker: owns the index, fed from Dexie (IndexedDB works in dedicated workers),
// answers queries with the marks of the rows shown first, marks opened articles, applies article
// changes at once and saves changed shards in the background. Spoken to over src/shared/rpc.ts.
// Imported articles are indexed a slice at a time with a turn for searches between slices, so a
// query typed during a big import is answered at once from what is indexed, and says how many
// articles are still to come; edits are applied before any search that follows them.
import { articleMarks, markedPhrases, parseQuery, searchDocFromArticle } from '../../core/search'
import { domEndpoint, serve } from '../../shared/rpc'
import type { CallContext, DomPort } from '../../shared/rpc'
import { errorDetail } from '../../shared/system-error'
import type { MarkedPhrases, SearchEngine } from '../../core/search'
import type { Article } from '../../shared/article'
import { openArchiveDatabase } from '../db/database'
import {
  applyArticleChanges,
  applyTagChanges,
  CHANGED_PAGE,
  openSearchIndex,
  saveSearchIndex,
} from './index-store'
import type { IndexProgress, IndexSave } from './index-store'
import { phrasesOf, rowMarks } from './row-marks'
import type {
  RowMarks,
  SearchAnswer,
  SearchProtocol,
  SearchRequest,
  SearchWorkerNotice,
} from './worker-messages'

const saveDelayMs = 2000
/** A long import saves on the way at least this often: a window closed mid-import leaves a
 * stored index that needs little catching up at the next start. */
const maxUnsavedMs = 10_000

/** Stored articles indexed between two turns for searches: tens of milliseconds of work. */
const sliceSize = 200

const database = openArchiveDatabase()
let engine: SearchEngine | null = null
/** Edits that came before the index was loaded, applied once it is. */
const waiting: string[][] = []
/** Stored articles not indexed yet, oldest first. */
let backlog: Article[] = []
let pumping = false
/** A save is writing the index: the backlog waits, so no shard changes under it. */
let saving = false
/** The index is restored and checked, or rebuilt: only then is it saved (a save while it is
 * still opening would store a part of it). */
let indexOpen = false
/** Resolves once the index answers at all (its newest part loaded): searches wait for it. */
let searchableNow: () => void = () => undefined
const searchable = new Promise<void>((resolve) => {
  searchableNow = resolve
})
/** Articles of the stored index not loaded yet (at start). */
let unloadedDocs = 0
let lastProgress: IndexProgress = { phase: 'restoring', done: 0, total: 0 }
let saveTimer: ReturnType<typeof setTimeout> | null = null
/** When the index first changed after its last save; null when saved. */
let unsavedSince: number | null = null
/** Edits and saves, in arrival order; never rejects. */
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
  const pending = backlog.length + unloadedDocs
  // Until the index is open (restored and checked against the archive), nothing is complete.
  const settled = pending === 0 && lastProgress.phase === 'ready'
  if (current === null) {
    return { ok: true, total: 0, complete: false, pending, facets: null, ...nothing }
  }
  if (request.query.trim() === '') {
    // No query: the library's filters, counted over the whole archive.
    const facets = request.facets ? current.facetsOfAll() : null
    return { ok: true, total: current.size, complete: settled, pending, facets, ...nothing }
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
  const { ids, total, ms } = outcome
  const complete = outcome.complete && settled
  const marks = await marksOfRows(markedPhrases(parsed.query), ids.slice(0, request.markedRows))
  return { ok: true, ids, total, complete, pending, ms, facets, marks }
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
    // Once the backlog is indexed, after the edits received so far (pump and open schedule
    // the save again when they are done).
    if (backlog.length > 0 || pumping) return
    queueSave('changed')
  }, saveDelayMs)
}

/** Saves run in the update queue, so two never interleave their shards and none competes in
 * IndexedDB with the edits around it (run beside them, a save of the shards a tagging dirtied
 * made the next tagging of 20,000 articles 35 s instead of 15 s). */
function queueSave(save: IndexSave): void {
  const current = engine
  if (current === null || !indexOpen || save === 'none') return
  saveNow(current, save === 'all').catch(reportFailure)
}

/** A save in the update queue; resolves once it is written. */
function saveNow(current: SearchEngine, all: boolean): Promise<void> {
  const task = async () => {
    saving = true
    // What changes from here on is not in this save.
    unsavedSince = null
    try {
      await saveSearchIndex(database, current, { all })
    } finally {
      saving = false
      pump()
    }
  }
  const written = updates.then(task)
  updates = written.catch(() => undefined)
  return written
}

/** Indexes the backlog a slice per task: messages (searches) are handled in between. */
function pump(): void {
  if (pumping || engine === null) return
  pumping = true
  const step = () => {
    // The engine of the moment: a stored index found broken while loading is rebuilt anew.
    const current = engine
    if (current === null || saving) {
      pumping = false
      return
    }
    for (const article of backlog.splice(0, sliceSize)) current.add(searchDocFromArticle(article))
    unsavedSince ??= Date.now()
    if (backlog.length > 0) {
      if (Date.now() - unsavedSince < maxUnsavedMs || !indexOpen) setTimeout(step, 0)
      else {
        // The save resumes the pump when it is written.
        pumping = false
        queueSave('changed')
      }
      return
    }
    pumping = false
    scheduleSave()
    // Told again once the backlog is in: partial answers are asked for anew.
    if (lastProgress.phase === 'ready') notify({ type: 'progress', progress: lastProgress })
  }
  setTimeout(step, 0)
}

/** A backlog of one slice is indexed before a search: what was just saved is found at once. */
function indexSmallBacklog(): void {
  const current = engine
  if (current === null || backlog.length > sliceSize) return
  for (const article of backlog.splice(0)) current.add(searchDocFromArticle(article))
}

function stored(articles: Article[]): null {
  backlog = backlog.concat(articles)
  pump()
  return null
}

/** Edited, retagged or deleted articles: read back from the archive, which has them newest;
 * `tagsOnly`, their tag lists alone. */
function changed(ids: string[], tagsOnly = false): null {
  const current = engine
  if (current === null) {
    waiting.push(ids)
    return null
  }
  // Not indexed yet: the archive's version replaces the one waiting (read whole, as it is not
  // in the index to retag).
  const edited = new Set(ids)
  if (backlog.some((article) => edited.has(article.id))) {
    backlog = backlog.filter((article) => !edited.has(article.id))
  }
  const apply = tagsOnly ? applyTagChanges : applyArticleChanges
  queueUpdate(async () => {
    for (let start = 0; start < ids.length; start += CHANGED_PAGE) {
      await apply(database, current, ids.slice(start, start + CHANGED_PAGE))
    }
    scheduleSave()
  })
  return null
}

let opened = false

/** Reads the index from the archive, the first time it is asked for. */
function open(): null {
  if (opened) return null
  opened = true
  // Until the stored index says how big it is, every article counts as still to be loaded.
  database.articles
    .count()
    .then((count) => {
      if (engine === null && lastProgress.total === 0) unloadedDocs = count
    })
    .catch(reportFailure)
  openSearchIndex(
    database,
    (progress) => {
      unloadedDocs = progress.phase === 'ready' ? 0 : progress.total - progress.done
      lastProgress = progress
      notify({ type: 'progress', progress })
    },
    (loaded) => {
      engine = loaded
      searchableNow()
      for (const ids of waiting.splice(0)) changed(ids)
      pump()
    },
    saveNow,
  )
    .then((opened) => {
      indexOpen = true
      queueSave(opened.save)
      // What was stored or changed while it opened.
      scheduleSave()
    })
    .catch((error: unknown) => {
      reportFailure(error)
      // An index that cannot load is said (the failure notice); searches are not left waiting.
      searchableNow()
    })
  return null
}

serve<SearchProtocol>(domEndpoint(globalThis as unknown as DomPort), {
  open,
  // After the changes already received: a search never misses an edit made before it. One no
  // longer wanted (the user typed on) is skipped.
  search: (request, { signal }) =>
    afterUpdates(async () => {
      await searchable
      signal.throwIfAborted()
      indexSmallBacklog()
      return answer(request)
    }),
  // Read from the archive, not the index: no need to wait for index updates.
  markRows: (request) => marksOfRows(phrasesOf(request.query), request.ids),
  // Marked on the text the reader shows, sent with the request: never another version of it.
  markArticle: (request) => articleMarks(request.article, phrasesOf(request.query)),
  stored,
  changed: (ids) => changed(ids),
  retagged: (ids) => changed(ids, true),
  watch: (_args, context) => {
    watcher = context
    for (const notice of unwatched.splice(0)) context.emit(notice).catch(() => undefined)
    return new Promise<never>(() => undefined)
  },
})
