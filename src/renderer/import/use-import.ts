// Drives an import job from the renderer: starts it, stores each batch as it arrives in one
// transaction and then acknowledges it (so main sends more), tracks progress and the per-file
// report, and cancels. Cancelling keeps every batch already stored; nothing is half-written. If
// storing fails (a full disk), the job is stopped and the reason shown; later imports still run.
import { useCallback, useEffect, useRef, useState } from 'react'
import type {
  ImportEvent,
  ImportFileReport,
  ImportProgress,
  ImportRequest,
  MessageRef,
  NewsroomApi,
} from '../../shared/api/contract'
import type { Article } from '../../shared/article'
import { announceToOtherWindows } from '../archive/change-announcements'
import { archiveErrorMessage } from '../archive/error-message'
import type { ArchiveDatabase } from '../db/database'
import { staleArticles, storeImportedBatch } from './store-batch'
import type { ChangedFromSource } from './store-batch'

/** Articles listed for restoring from their source, at most (the rest are counted in the report). */
const MAX_CHANGED = 500

export interface ImportState {
  jobId: string | null
  running: boolean
  cancelled: boolean
  failure: MessageRef | null
  startedAt: number
  progress: ImportProgress
  added: number
  duplicates: number
  files: ImportFileReport[]
  /** Articles here that were changed since and differ from what their file says now. */
  changedFromSource: ChangedFromSource[]
}

const idle: ImportState = {
  jobId: null,
  running: false,
  cancelled: false,
  failure: null,
  startedAt: 0,
  progress: { files: { done: 0, total: 0 }, bytes: { done: 0, total: 0 }, articles: 0 },
  added: 0,
  duplicates: 0,
  files: [],
  changedFromSource: [],
}

export interface ImportControls {
  state: ImportState
  start: (request: ImportRequest) => Promise<void>
  cancel: () => void
  dismiss: () => void
}

export interface ImportListeners {
  /** Articles just stored, to index. */
  onStored: (articles: Article[]) => void
  /**
   * A file imported again with another encoding: its earlier articles that this import did not
   * produce again, to delete (undoably).
   */
  onReplaced: (ids: string[]) => void
}

/** Files re-imported with a chosen encoding, and every id this job delivered for them. */
interface Reimport {
  files: Set<string>
  ids: Set<string>
  reports: Map<string, ImportFileReport>
}

/** The files whose new import worked: only their earlier articles may be replaced. */
function replaceable(reimport: Reimport): Set<string> {
  const good = [...reimport.files].filter((file) => {
    const report = reimport.reports.get(file)
    return report !== undefined && report.error === null && report.articles > 0
  })
  return new Set(good)
}

export function useImport(
  api: NewsroomApi | null,
  database: ArchiveDatabase,
  listeners: ImportListeners,
): ImportControls {
  const [state, setState] = useState<ImportState>(idle)
  const jobRef = useRef<string | null>(null)
  // Batches are stored one after another, in order, so acks and counts stay consistent.
  const queue = useRef<Promise<void>>(Promise.resolve())
  // Events that arrive before startImport has answered with the job id wait here.
  const early = useRef<ImportEvent[] | null>(null)
  const handleRef = useRef<(event: ImportEvent) => void>(() => undefined)
  const reimport = useRef<Reimport | null>(null)
  // What the import history records when the job ends.
  const summary = useRef({ added: 0, duplicates: 0, files: 0, failed: 0, startedAt: 0 })
  const { onStored, onReplaced } = listeners

  useEffect(() => {
    if (api === null) return
    const finish = (patch: Partial<ImportState>) => {
      void api.setTaskbarProgress(null)
      jobRef.current = null
      reimport.current = null
      setState((current) => ({ ...current, running: false, ...patch }))
    }
    const storeBatch = async (event: Extract<ImportEvent, { type: 'batch' }>) => {
      const stored = await storeImportedBatch(database, event.articles, Date.now(), event.sources)
      onStored(stored.added)
      announceToOtherWindows(
        database,
        stored.added.map((article) => article.id),
        'added',
      )
      summary.current.added += stored.added.length
      summary.current.duplicates += stored.duplicates
      summary.current.files += event.files.length
      summary.current.failed += event.files.filter((file) => file.error !== null).length
      const replacing = reimport.current
      if (replacing !== null) {
        for (const article of event.articles) replacing.ids.add(article.id)
        for (const report of event.files) replacing.reports.set(report.file, report)
      }
      const { bytes } = event.progress
      void api.setTaskbarProgress(bytes.total > 0 ? Math.min(1, bytes.done / bytes.total) : 0)
      setState((current) => ({
        ...current,
        progress: event.progress,
        added: current.added + stored.added.length,
        duplicates: current.duplicates + stored.duplicates,
        changedFromSource:
          stored.changed.length > 0
            ? [...current.changedFromSource, ...stored.changed].slice(0, MAX_CHANGED)
            : current.changedFromSource,
        files: event.files.length > 0 ? [...current.files, ...event.files] : current.files,
      }))
      await api.ackImportBatch(event.jobId, event.batch)
    }
    const finishJob = async (event: Extract<ImportEvent, { type: 'done' }>) => {
      const replacing = reimport.current
      if (replacing !== null && !event.cancelled && event.failure === null) {
        const stale = await staleArticles(database, replaceable(replacing), replacing.ids)
        if (stale.length > 0) onReplaced(stale)
      }
      await database.imports.add({
        startedAt: summary.current.startedAt,
        finishedAt: Date.now(),
        files: summary.current.files,
        articles: summary.current.added,
        duplicates: summary.current.duplicates,
        failedFiles: summary.current.failed,
        cancelled: event.cancelled,
      })
      finish({ cancelled: event.cancelled, failure: event.failure })
    }
    const fail = (jobId: string, error: unknown) => {
      void api.cancelImport(jobId)
      const message = archiveErrorMessage(error)
      finish({ failure: { code: `archive:${message.key}`, params: message.params } })
    }
    handleRef.current = (event) => {
      queue.current = queue.current
        .then(() => (event.type === 'batch' ? storeBatch(event) : finishJob(event)))
        .catch((error: unknown) => {
          fail(event.jobId, error)
        })
    }
    return api.onImportEvent((event: ImportEvent) => {
      if (early.current !== null) early.current.push(event)
      else if (event.jobId === jobRef.current) handleRef.current(event)
    })
  }, [api, database, onStored, onReplaced])

  const start = useCallback(
    async (request: ImportRequest) => {
      if (api === null || jobRef.current !== null || early.current !== null) return
      early.current = []
      const files = Object.keys(request.encodings ?? {})
      reimport.current =
        files.length > 0 ? { files: new Set(files), ids: new Set(), reports: new Map() } : null
      summary.current = { added: 0, duplicates: 0, files: 0, failed: 0, startedAt: Date.now() }
      try {
        const { jobId } = await api.startImport(request)
        jobRef.current = jobId
        setState({ ...idle, jobId, running: true, startedAt: summary.current.startedAt })
        for (const event of early.current) if (event.jobId === jobId) handleRef.current(event)
      } finally {
        early.current = null
      }
    },
    [api],
  )

  const cancel = useCallback(() => {
    if (api !== null && jobRef.current !== null) void api.cancelImport(jobRef.current)
  }, [api])

  const dismiss = useCallback(() => {
    setState((current) => (current.running ? current : idle))
  }, [])

  return { state, start, cancel, dismiss }
}
