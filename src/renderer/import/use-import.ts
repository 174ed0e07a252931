// Drives an import job from the renderer: starts it, stores each batch as it arrives in one
// transaction and then acknowledges it (so main sends more), tracks progress and the per-file
// report, and cancels. Cancelling keeps every batch already stored; nothing is half-written.
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
import type { ArchiveDatabase } from '../db/database'
import { announceToOtherWindows } from '../archive/changes'
import { replacedArticles, storeImportedBatch } from './store-batch'

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
  /** Articles deleted because their file was imported again with another encoding. */
  onRemoved: (ids: string[]) => void
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
  // Files imported again with a chosen encoding: their articles from the earlier import that
  // this one did not produce are replaced. Every id this job delivered is kept here.
  const reimport = useRef<{ files: Set<string>; ids: Set<string> } | null>(null)
  const { onStored, onRemoved } = listeners

  useEffect(() => {
    if (api === null) return
    const handle = async (event: ImportEvent): Promise<void> => {
      if (event.type === 'batch') {
        const stored = await storeImportedBatch(database, event.articles)
        onStored(stored.added)
        announceToOtherWindows(
          database,
          stored.added.map((article) => article.id),
          'added',
        )
        for (const article of event.articles) reimport.current?.ids.add(article.id)
        const { bytes } = event.progress
        void api.setTaskbarProgress(bytes.total > 0 ? Math.min(1, bytes.done / bytes.total) : 0)
        setState((current) => ({
          ...current,
          progress: event.progress,
          added: current.added + stored.added.length,
          duplicates: current.duplicates + stored.duplicates,
          files: event.files.length > 0 ? [...current.files, ...event.files] : current.files,
        }))
        await api.ackImportBatch(event.jobId, event.batch)
      } else {
        const replaced = reimport.current
        reimport.current = null
        if (replaced !== null && !event.cancelled && event.failure === null) {
          const removed = await replacedArticles(database, replaced.files, replaced.ids)
          onRemoved(removed)
          announceToOtherWindows(database, removed, 'deleted')
        }
        void api.setTaskbarProgress(null)
        jobRef.current = null
        setState((current) => ({
          ...current,
          running: false,
          cancelled: event.cancelled,
          failure: event.failure,
        }))
      }
    }
    handleRef.current = (event) => {
      queue.current = queue.current.then(() => handle(event))
    }
    return api.onImportEvent((event: ImportEvent) => {
      if (early.current !== null) early.current.push(event)
      else if (event.jobId === jobRef.current) handleRef.current(event)
    })
  }, [api, database, onStored, onRemoved])

  const start = useCallback(
    async (request: ImportRequest) => {
      if (api === null || jobRef.current !== null || early.current !== null) return
      early.current = []
      const files = Object.keys(request.encodings ?? {})
      reimport.current = files.length > 0 ? { files: new Set(files), ids: new Set() } : null
      try {
        const { jobId } = await api.startImport(request)
        jobRef.current = jobId
        setState({ ...idle, jobId, running: true, startedAt: Date.now() })
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
