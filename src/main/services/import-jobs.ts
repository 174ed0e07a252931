// Import jobs: each runs the import pipeline in a worker thread (src/main/import) so reading,
// decoding and splitting never block the main process, and forwards its batches to the
// renderer. The renderer acknowledges each stored batch; the worker waits while two are
// unacknowledged, so a slow database never lets memory grow.
import type {
  ImportBatch,
  ImportEvent,
  ImportRequest,
  ImportSummary,
  MessageRef,
} from '../../shared/api/contract'
import { errorDetail } from '../../shared/system-error'

/** What the jobs need of a running worker (src/main/import/start-worker.ts). */
export interface ImportWorker {
  ack(batch: number): void
  cancel(): void
  done: Promise<ImportSummary>
}

export type StartImportWorker = (
  request: ImportRequest,
  granted: string[],
  onBatch: (message: { batch: number; data: ImportBatch }) => void,
) => ImportWorker

export class ImportJobs {
  private readonly jobs = new Map<string, ImportWorker>()
  private nextId = 1

  constructor(
    private readonly startWorker: StartImportWorker,
    private readonly emit: (event: ImportEvent) => void,
  ) {}

  /** `granted`: what the user chose; the worker reads nothing outside it. */
  start(request: ImportRequest, granted: string[]): { jobId: string } {
    const jobId = `job-${Date.now().toString(36)}-${this.nextId++}`
    const worker = this.startWorker(request, granted, ({ batch, data }) => {
      this.emit({ type: 'batch', jobId, batch, ...data })
    })
    this.jobs.set(jobId, worker)
    worker.done.then(
      (summary) => {
        this.finish(jobId, summary.cancelled, null)
      },
      (error: unknown) => {
        const params = { detail: errorDetail(error) }
        this.finish(jobId, false, { code: 'app:errors.importFailed', params })
      },
    )
    return { jobId }
  }

  acknowledge(jobId: string, batch: number): void {
    this.jobs.get(jobId)?.ack(batch)
  }

  cancel(jobId: string): void {
    this.jobs.get(jobId)?.cancel()
  }

  /** Stops every job, e.g. when the app quits. */
  cancelAll(): void {
    for (const worker of this.jobs.values()) worker.cancel()
  }

  private finish(jobId: string, cancelled: boolean, failure: MessageRef | null): void {
    this.jobs.delete(jobId)
    this.emit({ type: 'done', jobId, cancelled, failure })
  }
}
