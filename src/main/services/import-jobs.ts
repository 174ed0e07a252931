// Runs import jobs and streams their results to the renderer in bounded batches. The renderer
// acknowledges each batch once it is stored, so a fast parser never floods a slow database:
// at most `maxBatchesInFlight` batches wait unacknowledged at any time.
import type {
  ImportEvent,
  ImportFileReport,
  ImportProgress,
  ImportRequest,
  ImportedArticle,
} from '../../shared/api/contract'

export type RunnerEvent =
  | { type: 'articles'; articles: ImportedArticle[] }
  | { type: 'file'; report: ImportFileReport }
  | { type: 'progress'; progress: ImportProgress }

/** Reads, decodes and splits files off the main thread (see src/main/import). */
export interface ImportRunner {
  run(request: ImportRequest, signal: AbortSignal): AsyncIterable<RunnerEvent>
}

interface Job {
  controller: AbortController
  acknowledged: number
  waiters: (() => void)[]
}

const maxBatchesInFlight = 2
const emptyProgress: ImportProgress = {
  files: { done: 0, total: 0 },
  bytes: { done: 0, total: 0 },
  articles: 0,
}

export class ImportJobs {
  private readonly jobs = new Map<string, Job>()
  private nextId = 1

  constructor(
    private readonly runner: ImportRunner,
    private readonly emit: (event: ImportEvent) => void,
  ) {}

  start(request: ImportRequest): { jobId: string } {
    const jobId = `job-${Date.now().toString(36)}-${this.nextId++}`
    const job: Job = { controller: new AbortController(), acknowledged: -1, waiters: [] }
    this.jobs.set(jobId, job)
    void this.drive(jobId, job, request)
    return { jobId }
  }

  acknowledge(jobId: string, batch: number): void {
    const job = this.jobs.get(jobId)
    if (job === undefined) return
    job.acknowledged = Math.max(job.acknowledged, batch)
    for (const wake of job.waiters.splice(0)) wake()
  }

  cancel(jobId: string): void {
    const job = this.jobs.get(jobId)
    if (job === undefined) return
    job.controller.abort()
    for (const wake of job.waiters.splice(0)) wake()
  }

  get running(): number {
    return this.jobs.size
  }

  /** Stops every job, e.g. when the app quits. */
  cancelAll(): void {
    for (const jobId of [...this.jobs.keys()]) this.cancel(jobId)
  }

  private async drive(jobId: string, job: Job, request: ImportRequest): Promise<void> {
    const signal = job.controller.signal
    let progress = emptyProgress
    let batch = 0
    try {
      for await (const event of this.runner.run(request, signal)) {
        if (signal.aborted) break
        if (event.type === 'progress') {
          progress = event.progress
          this.emit({ type: 'progress', jobId, progress })
        } else if (event.type === 'file') {
          this.emit({ type: 'file', jobId, report: event.report })
        } else {
          if (!(await this.waitForRoom(job, batch))) break
          this.emit({ type: 'batch', jobId, batch, articles: event.articles })
          batch++
        }
      }
    } catch (error) {
      this.emit({
        type: 'file',
        jobId,
        report: {
          file: '',
          encoding: null,
          articles: 0,
          warnings: [],
          error: { code: 'app:errors.importFailed', params: { detail: String(error) } },
        },
      })
    } finally {
      this.jobs.delete(jobId)
      this.emit({ type: 'done', jobId, cancelled: signal.aborted, progress })
    }
  }

  /** Waits until the renderer has stored enough batches; false when the job was cancelled. */
  private async waitForRoom(job: Job, batch: number): Promise<boolean> {
    while (batch - job.acknowledged > maxBatchesInFlight && !job.controller.signal.aborted) {
      await new Promise<void>((resolve) => job.waiters.push(resolve))
    }
    return !job.controller.signal.aborted
  }
}
