// The worker's side of an import job, independent of threads and processes so it can be tested
// in-process: serves the job once on its port (src/shared/api/import-port.ts) and settles when
// the page has hung up or its end of the port is gone; a page that goes away cancels the job.
import { runImport } from './batch'
import type { ImportWorkerStart } from './worker-process'
import type { ImportPortProtocol } from '../../shared/api/import-port'
import { encodeJson } from '../../shared/json'
import { serve } from '../../shared/rpc'
import type { Endpoint } from '../../shared/rpc'

/** The job's port, whatever kind: a worker_threads MessagePort or an Electron MessagePortMain. */
export interface JobPort {
  endpoint: Endpoint
  /** Calls `listener` once the other end is closed or gone. */
  onClose(listener: () => void): void
  close(): void
}

export function serveImportJob(start: ImportWorkerStart, port: JobPort): Promise<void> {
  return new Promise((resolve) => {
    let taken = false
    let ended = false
    const end = () => {
      if (ended) return
      ended = true
      stop()
      port.close()
      resolve()
    }
    const stop = serve<ImportPortProtocol>(
      port.endpoint,
      {
        import: async (_args, context) => {
          // One job per worker: a second run would read the files again.
          if (taken) throw new Error('This import is running already.')
          taken = true
          const { signal } = context
          const batches = runImport(start.request, { signal, granted: start.granted })
          for (;;) {
            // After a cancel the runner stops at its next check and returns a cancelled summary.
            const next = await batches.next()
            if (next.done) return next.value
            await context.emit(encodeJson(next.value))
          }
        },
      },
      { onHangUp: end },
    )
    port.onClose(end)
  })
}
