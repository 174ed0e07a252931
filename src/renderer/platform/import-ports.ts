// Where the page takes an import job's port: main sends it with the job id, and the preload
// (or the browser host's page bridge) posts it to this window (src/shared/api/import-port.ts).
// Listen before starting the job: the port may arrive before startImport has answered.
import { isImportPortMessage } from '../../shared/api/import-port'

export interface ImportPorts {
  /** The port of job `jobId`, once it has arrived. */
  take(jobId: string): Promise<MessagePort>
  /** Stops listening; ports of other jobs that arrived meanwhile are closed. */
  close(): void
}

export function listenForImportPorts(target: Window = window): ImportPorts {
  const arrived = new Map<string, MessagePort>()
  const waiting = new Map<string, (port: MessagePort) => void>()
  const onMessage = (event: MessageEvent) => {
    // Only this window itself posts ports to itself: its preload, or the page bridge.
    if (event.source !== target || !isImportPortMessage(event.data)) return
    const [port] = event.ports
    if (port === undefined || event.ports.length !== 1) return
    const { jobId } = event.data
    const taker = waiting.get(jobId)
    if (taker === undefined) {
      arrived.set(jobId, port)
      return
    }
    waiting.delete(jobId)
    taker(port)
  }
  target.addEventListener('message', onMessage)
  return {
    take: (jobId) => {
      const port = arrived.get(jobId)
      if (port === undefined) return new Promise((resolve) => waiting.set(jobId, resolve))
      arrived.delete(jobId)
      return Promise.resolve(port)
    },
    close: () => {
      target.removeEventListener('message', onMessage)
      for (const port of arrived.values()) port.close()
      arrived.clear()
    },
  }
}
