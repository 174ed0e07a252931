// What main knows of an import worker: the job it is started with, and when it is gone. The
// worker is an Electron utility process in the app (src/main/electron/import-process.ts) and a
// worker thread in the browser host and the tests (./start-worker.ts); either way it serves its
// job on a port whose other end is the page's (src/shared/api/import-port.ts), and ends when the
// page hangs up or goes away.
import type { ImportRequest } from '../../shared/api/contract'

/** What the worker is started with: the request as main checked it, and the grant. */
export interface ImportWorkerStart {
  request: ImportRequest
  /** What the user granted: the worker reads nothing outside it. */
  granted: string[]
}

export interface ImportJob {
  jobId: string
  start: ImportWorkerStart
}

export type ImportWorkerExit = { ok: true } | { ok: false; detail: string }

export interface ImportWorkerProcess {
  /** Settles once the worker is gone: normally after the page hung up; else why it ended. */
  exited: Promise<ImportWorkerExit>
  /** Ends the worker at once (the window closed, the renderer crashed, the app quits). */
  stop(): void
}

/** Starts a worker for the job and hands the page the other end of the job's port. */
export type LaunchImportWorker = (job: ImportJob) => ImportWorkerProcess

/** How a worker ended, from its exit code and the fatal error it reported, if any. */
export function exitOutcome(code: number, fatal: string | null): ImportWorkerExit {
  if (fatal !== null) return { ok: false, detail: fatal }
  return code === 0 ? { ok: true } : { ok: false, detail: `import worker exited with code ${code}` }
}

/** A well-formed start, as the worker receives it from main. */
export function isImportWorkerStart(value: unknown): value is ImportWorkerStart {
  if (typeof value !== 'object' || value === null) return false
  const start = value as Record<string, unknown>
  const request = start.request as Record<string, unknown> | null | undefined
  return (
    Array.isArray(start.granted) &&
    start.granted.every((path) => typeof path === 'string') &&
    typeof request === 'object' &&
    request !== null &&
    Array.isArray(request.paths)
  )
}
