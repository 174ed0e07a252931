// The job's port as the import worker holds it, in either kind of worker: a worker_threads
// MessagePort (a thread: browser host, tests) or Electron's MessagePortMain (a utility process,
// described here by shape so this file does not import electron).
import type { MessagePort } from 'node:worker_threads'
import { emitterEndpoint, nodeEndpoint } from '../../shared/rpc'
import type { EmitterPort } from '../../shared/rpc'
import type { JobPort } from './serve'

/** Electron's MessagePortMain, as a utility process receives it. */
export interface UtilityPort extends EmitterPort {
  once(type: 'close', listener: () => void): unknown
  close(): void
}

export function threadJobPort(port: MessagePort): JobPort {
  return {
    endpoint: nodeEndpoint(port),
    onClose: (listener) => port.once('close', listener),
    close: () => {
      port.close()
    },
  }
}

export function utilityJobPort(port: UtilityPort): JobPort {
  return {
    endpoint: emitterEndpoint(port),
    onClose: (listener) => port.once('close', listener),
    close: () => {
      port.close()
    },
  }
}
