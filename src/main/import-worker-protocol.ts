// Messages between the main process and the import worker thread.
import type { ImportRequest } from '../shared/api/contract'
import type { RunnerEvent } from './services/import-jobs'

export interface ImportWorkerData {
  request: ImportRequest
  /** Batches the worker may send before it must wait for more credit. */
  credit: number
}

/** Worker → main: runner events, then `end` once everything (or the cancel) is done. */
export type WorkerMessage = RunnerEvent | { type: 'end' }

/** Main → worker. */
export type ParentMessage = { type: 'cancel' } | { type: 'credit'; amount: number }
