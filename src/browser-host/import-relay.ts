// The browser host's stand-in for Electron's MessageChannelMain. A plain Chromium page and a
// Node worker thread cannot share a port, so the worker gets a Node port and the page a
// MessagePort of its own (./page-bridge.ts), and this relays between them over CDP, as JSON, in
// order. Only what a caller may send passes from the page to the worker (`isCallerMessage`):
// the page is as untrusted here as in Electron.
import { MessageChannel } from 'node:worker_threads'
import type { MessagePort } from 'node:worker_threads'
import { isCallerMessage } from '../shared/rpc'

/** The page's ends of relayed ports (what page-bridge installs), as the host reaches them. */
export interface PagePorts {
  /** Makes the page's port for `jobId` and posts it to the page's window. */
  open(jobId: string): Promise<void>
  /** Posts to the page's port the message `json` holds, its `event` set to `event` if given. */
  deliver(jobId: string, json: string, event: string | null): Promise<void>
  close(jobId: string): Promise<void>
}

/**
 * A batch is one long JSON string, the `event` of its message: sent beside the rest it is escaped
 * once on the way and parsed once in the page (by the app), not again inside the message's JSON.
 */
function splitEvent(message: unknown): { json: string; event: string | null } {
  if (typeof message === 'object' && message !== null && 'event' in message) {
    const { event, ...rest } = message
    if (typeof event === 'string') return { json: JSON.stringify(rest), event }
  }
  return { json: JSON.stringify(message), event: null }
}

export class ImportPortRelay {
  private readonly ports = new Map<string, MessagePort>()

  constructor(private readonly page: PagePorts) {}

  /** Relays a new job's port; returns the worker's end. */
  open(jobId: string): MessagePort {
    const { port1, port2 } = new MessageChannel()
    this.ports.set(jobId, port2)
    // Each step waits for the one before: the page gets the port first, then every message in
    // the order the worker sent it. A page that is gone ends the relay, and so the worker.
    let queue = Promise.resolve()
    const step = (work: () => Promise<void>) => {
      queue = queue.then(work).catch(() => {
        port2.close()
      })
    }
    step(() => this.page.open(jobId))
    port2.on('message', (message: unknown) => {
      const { json, event } = splitEvent(message)
      step(() => this.page.deliver(jobId, json, event))
    })
    port2.once('close', () => {
      this.ports.delete(jobId)
      step(() => this.page.close(jobId))
    })
    return port1
  }

  /** What the page posted on job `jobId`'s port, from a binding whose sender was checked. */
  fromPage(jobId: unknown, json: unknown): void {
    if (typeof jobId !== 'string' || typeof json !== 'string') return
    const port = this.ports.get(jobId)
    if (port === undefined) return
    let message: unknown
    try {
      message = JSON.parse(json)
    } catch {
      return
    }
    if (isCallerMessage(message)) port.postMessage(message)
  }
}
