// Drives an import job from the renderer: starts it, stores each batch as it arrives in one
// transaction before taking the next (./run-import.ts), tracks progress and the per-file report,
// and cancels. Cancelling keeps every batch already stored; nothing is half-written. If storing
// fails (a full disk), the job is stopped and the reason shown; later imports still run.
import { useCallback, useEffect, useRef, useState } from 'react'
import type {
  ImportBatch,
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
import { runImportJob } from './run-import'
import type { ImportJobEnd } from './run-import'

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
  // The running job's cancel; null when none runs.
  const running = useRef<AbortController | null>(null)
  // The latest listeners, for a job that outlives the render it started in.
  const listenersRef = useRef(listeners)
  useEffect(() => {
    listenersRef.current = listeners
  }, [listeners])

  const start = useCallback(
    async (request: ImportRequest) => {
      if (api === null || running.current !== null) return
      const controller = new AbortController()
      running.current = controller
      const files = Object.keys(request.encodings ?? {})
      const reimport: Reimport | null =
        files.length > 0 ? { files: new Set(files), ids: new Set(), reports: new Map() } : null
      // What the import history records when the job ends.
      const summary = { added: 0, duplicates: 0, files: 0, failed: 0, startedAt: Date.now() }
      const job = { started: false }

      const finish = (patch: Partial<ImportState>) => {
        void api.setTaskbarProgress(null)
        running.current = null
        setState((current) => ({ ...current, running: false, ...patch }))
      }
      const storeBatch = async (batch: ImportBatch) => {
        const stored = await storeImportedBatch(database, batch.articles, Date.now(), batch.sources)
        listenersRef.current.onStored(stored.added)
        announceToOtherWindows(
          database,
          stored.added.map((article) => article.id),
          'added',
        )
        summary.added += stored.added.length
        summary.duplicates += stored.duplicates
        summary.files += batch.files.length
        summary.failed += batch.files.filter((file) => file.error !== null).length
        if (reimport !== null) {
          for (const article of batch.articles) reimport.ids.add(article.id)
          for (const report of batch.files) reimport.reports.set(report.file, report)
        }
        const { bytes } = batch.progress
        void api.setTaskbarProgress(bytes.total > 0 ? Math.min(1, bytes.done / bytes.total) : 0)
        setState((current) => ({
          ...current,
          progress: batch.progress,
          added: current.added + stored.added.length,
          duplicates: current.duplicates + stored.duplicates,
          changedFromSource:
            stored.changed.length > 0
              ? [...current.changedFromSource, ...stored.changed].slice(0, MAX_CHANGED)
              : current.changedFromSource,
          files: batch.files.length > 0 ? [...current.files, ...batch.files] : current.files,
        }))
      }
      const finishJob = async (end: ImportJobEnd) => {
        const cancelled = end.outcome === 'cancelled'
        const failure = end.outcome === 'failed' ? end.failure : null
        if (reimport !== null && end.outcome === 'done') {
          const stale = await staleArticles(database, replaceable(reimport), reimport.ids)
          if (stale.length > 0) listenersRef.current.onReplaced(stale)
        }
        await database.imports.add({
          startedAt: summary.startedAt,
          finishedAt: Date.now(),
          files: summary.files,
          articles: summary.added,
          duplicates: summary.duplicates,
          failedFiles: summary.failed,
          cancelled,
        })
        finish({ cancelled, failure })
      }

      try {
        const end = await runImportJob(api, request, {
          signal: controller.signal,
          onStarted: (jobId) => {
            job.started = true
            setState({ ...idle, jobId, running: true, startedAt: summary.startedAt })
          },
          onBatch: storeBatch,
        })
        await finishJob(end)
      } catch (error) {
        if (!job.started) {
          // Main refused the job (a path the user did not choose): nothing ran.
          running.current = null
          throw error
        }
        const message = archiveErrorMessage(error)
        finish({ failure: { code: `archive:${message.key}`, params: message.params } })
      }
    },
    [api, database],
  )

  const cancel = useCallback(() => {
    running.current?.abort()
  }, [])

  const dismiss = useCallback(() => {
    setState((current) => (current.running ? current : idle))
  }, [])

  return { state, start, cancel, dismiss }
}
