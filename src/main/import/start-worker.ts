// Starts the import worker thread and speaks the protocol for the host. The host commits each
// batch (one Dexie transaction) and then calls `ack(batch)`; `cancel()` stops after the batch in
// flight; `done` settles with the summary.
import { Worker } from 'node:worker_threads'
import type { ImportRequest, ImportSummary } from '../../shared/api/contract'
import { defaultMaxUnacked } from './worker-messages'
import type { BatchMessage, FromWorker, ToWorker } from './worker-messages'

export interface ImportWorkerHandle {
  ack(batch: number): void
  cancel(): void
  /** Settles with the summary, or rejects when the worker fails or exits early. */
  done: Promise<ImportSummary>
  terminate(): Promise<number>
}

export interface StartWorkerOptions {
  /** Batches in flight before the worker waits for `ack`; 0 = never wait. */
  maxUnacked?: number
  /** Extra Node flags for the thread, e.g. `['--import', 'tsx']` to run the TypeScript source. */
  execArgv?: string[]
}

export function startImportWorker(
  scriptPath: string,
  request: ImportRequest,
  granted: string[],
  onBatch: (message: BatchMessage) => void,
  options: StartWorkerOptions = {},
): ImportWorkerHandle {
  const worker = new Worker(scriptPath, { execArgv: options.execArgv ?? [] })
  const send = (message: ToWorker): void => {
    worker.postMessage(message)
  }
  const done = new Promise<ImportSummary>((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'batch') onBatch(message)
      else if (message.type === 'done') resolve(message.summary)
      else reject(new Error(message.message))
    })
    worker.on('error', reject)
    worker.on('exit', (code) => {
      reject(new Error(`import worker exited with code ${code}`))
    })
  })
  done.then(
    () => void worker.terminate(),
    () => void worker.terminate(),
  )
  send({ type: 'start', request, granted, maxUnacked: options.maxUnacked ?? defaultMaxUnacked })
  return {
    ack: (batch) => {
      send({ type: 'ack', batch })
    },
    cancel: () => {
      send({ type: 'cancel' })
    },
    done,
    terminate: () => worker.terminate(),
  }
}
