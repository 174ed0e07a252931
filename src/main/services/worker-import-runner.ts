// Runs the import pipeline in a worker thread so reading, decoding and splitting never block
// the main process (menus, window, printing). Messages follow src/main/import-worker-protocol.
// Flow control: the worker sends a batch only while it holds credit; each batch the consumer
// takes returns one credit, so at most `credit` batches wait in memory at any time.
import { Worker } from 'node:worker_threads'
import type { ImportRequest } from '../../shared/api/contract'
import type { ImportRunner, RunnerEvent } from './import-jobs'
import type { ParentMessage, WorkerMessage } from '../import-worker-protocol'

const initialCredit = 4

export function createWorkerImportRunner(workerScript: string): ImportRunner {
  return {
    run: (request, signal) => runInWorker(workerScript, request, signal),
  }
}

async function* runInWorker(
  workerScript: string,
  request: ImportRequest,
  signal: AbortSignal,
): AsyncGenerator<RunnerEvent> {
  const worker = new Worker(workerScript, { workerData: { request, credit: initialCredit } })
  const queue: WorkerMessage[] = []
  const state: { wake: (() => void) | null; failure: Error | null; exited: boolean } = {
    wake: null,
    failure: null,
    exited: false,
  }
  const notify = () => {
    state.wake?.()
    state.wake = null
  }
  worker.on('message', (message: WorkerMessage) => {
    queue.push(message)
    notify()
  })
  worker.on('error', (error) => {
    state.failure = error
    notify()
  })
  worker.on('exit', () => {
    state.exited = true
    notify()
  })
  const post = (message: ParentMessage) => {
    if (!state.exited) worker.postMessage(message)
  }
  const onAbort = () => {
    post({ type: 'cancel' })
  }
  signal.addEventListener('abort', onAbort)
  try {
    for (;;) {
      const message = queue.shift()
      if (message === undefined) {
        if (state.failure !== null) throw state.failure
        if (state.exited) return
        await new Promise<void>((resolve) => (state.wake = resolve))
        continue
      }
      if (message.type === 'end') return
      yield message
      if (message.type === 'articles') post({ type: 'credit', amount: 1 })
    }
  } finally {
    signal.removeEventListener('abort', onAbort)
    if (!state.exited) await worker.terminate()
  }
}
