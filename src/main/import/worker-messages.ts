// Messages between the import host (main process, or the browser host) and the import worker.
//
//   host → worker: start (once), ack (after each batch is committed), cancel
//   worker → host: batch (numbered from 0), done (summary), failed (unexpected crash)
//
// Flow control: the worker keeps at most `maxUnacked` batches unacknowledged, so a slow writer
// (one Dexie transaction per batch) bounds the memory the import holds.
import type { ImportBatch, ImportRequest, ImportSummary } from '../../shared/api/contract'

export interface StartMessage {
  type: 'start'
  request: ImportRequest
  /** What the user granted: the worker reads nothing outside it. */
  granted: string[]
  /** Batches in flight before the worker waits for an ack; 0 = never wait. */
  maxUnacked: number
}

export interface AckMessage {
  type: 'ack'
  batch: number
}

export interface CancelMessage {
  type: 'cancel'
}

export type ToWorker = StartMessage | AckMessage | CancelMessage

export interface BatchMessage {
  type: 'batch'
  batch: number
  data: ImportBatch
}

export interface DoneMessage {
  type: 'done'
  summary: ImportSummary
}

export interface FailedMessage {
  type: 'failed'
  message: string
}

export type FromWorker = BatchMessage | DoneMessage | FailedMessage

export const defaultMaxUnacked = 2

/** The part of a MessagePort (or worker_threads parentPort) the worker needs. */
export interface PortLike {
  on(event: 'message', listener: (message: ToWorker) => void): unknown
  postMessage(message: FromWorker): void
}
