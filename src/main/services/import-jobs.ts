// Import jobs: each runs the import pipeline in its own worker (src/main/import) so reading,
// decoding and splitting never block the main process. Main starts the worker with the request
// it checked and hands the page the other end of the job's port; the batches, the
// back-pressure and cancelling all go over that port, never through here
// (src/shared/api/import-port.ts). What main still does is notice a worker that died before
// the page hung up, and tell the page.
import type { ImportEvent, ImportRequest } from '../../shared/api/contract'
import type { ImportWorkerProcess, LaunchImportWorker } from '../import/worker-process'

export class ImportJobs {
  private readonly jobs = new Map<string, ImportWorkerProcess>()
  private nextId = 1

  constructor(
    private readonly launch: LaunchImportWorker,
    private readonly emit: (event: ImportEvent) => void,
  ) {}

  /** `granted`: what the user chose; the worker reads nothing outside it. */
  start(request: ImportRequest, granted: string[]): { jobId: string } {
    const jobId = `job-${Date.now().toString(36)}-${this.nextId++}`
    const worker = this.launch({ jobId, start: { request, granted } })
    this.jobs.set(jobId, worker)
    void worker.exited.then((exit) => {
      // A job stopped here (stopAll) is no news to anyone.
      if (!this.jobs.delete(jobId) || exit.ok) return
      const failure = { code: 'app:errors.importFailed', params: { detail: exit.detail } }
      this.emit({ type: 'failed', jobId, failure })
    })
    return { jobId }
  }

  /** Ends every worker at once: the window closed, the renderer crashed, or the app quits. */
  stopAll(): void {
    const workers = [...this.jobs.values()]
    this.jobs.clear()
    for (const worker of workers) worker.stop()
  }
}
