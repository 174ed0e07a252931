// Starts the import worker as a worker thread (the browser host and the tests; the Electron app
// uses a utility process instead, src/main/electron/import-process.ts). `port` is the worker's
// end of the job's port; whoever holds the other end runs the job (src/shared/api/import-port.ts).
import { Worker } from 'node:worker_threads'
import type { MessagePort } from 'node:worker_threads'
import { errorDetail } from '../../shared/system-error'
import { exitOutcome } from './worker-process'
import type { ImportWorkerExit, ImportWorkerProcess, ImportWorkerStart } from './worker-process'

export interface StartThreadOptions {
  /** Extra Node flags for the thread, e.g. `['--import', 'tsx']` to run the TypeScript source. */
  execArgv?: string[]
}

export function startImportThread(
  scriptPath: string,
  start: ImportWorkerStart,
  port: MessagePort,
  options: StartThreadOptions = {},
): ImportWorkerProcess {
  const worker = new Worker(scriptPath, {
    execArgv: options.execArgv ?? [],
    workerData: { start, port },
    transferList: [port],
  })
  let fatal: string | null = null
  worker.on('error', (error) => {
    fatal = errorDetail(error)
  })
  const exited = new Promise<ImportWorkerExit>((resolve) => {
    worker.once('exit', (code) => {
      resolve(exitOutcome(code, fatal))
    })
  })
  return {
    exited,
    stop: () => {
      void worker.terminate()
    },
  }
}
