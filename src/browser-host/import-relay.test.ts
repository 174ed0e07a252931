// The relay between an import worker's port and the page, with a stand-in page: the worker's
// messages reach the page in order; from the page only what a caller may send reaches the
// worker; either side going away closes the other.
import { describe, expect, it } from 'vitest'
import type { MessagePort } from 'node:worker_threads'
import { ImportPortRelay } from './import-relay'
import type { PagePorts } from './import-relay'

function fakePage(failDeliver = false) {
  const seen: {
    opened: string[]
    delivered: unknown[]
    /** What crossed to the page beside each message's JSON. */
    beside: (string | null)[]
    closed: string[]
  } = { opened: [], delivered: [], beside: [], closed: [] }
  const page: PagePorts = {
    open: (jobId) => {
      seen.opened.push(jobId)
      return Promise.resolve()
    },
    deliver: (_jobId, json, event) => {
      if (failDeliver) return Promise.reject(new Error('Target page has been closed'))
      const message = JSON.parse(json) as Record<string, unknown>
      seen.delivered.push(event === null ? message : { ...message, event })
      seen.beside.push(event)
      return Promise.resolve()
    },
    close: (jobId) => {
      seen.closed.push(jobId)
      return Promise.resolve()
    },
  }
  return { page, seen }
}

const nextMessage = (port: MessagePort) =>
  new Promise<unknown>((resolve) => port.once('message', resolve))
const closed = (port: MessagePort) => new Promise<void>((resolve) => port.once('close', resolve))

describe('import port relay', () => {
  it("delivers the worker's messages to the page, in order, after the page has its port", async () => {
    const { page, seen } = fakePage()
    const relay = new ImportPortRelay(page)
    const worker = relay.open('job-1')
    for (let seq = 0; seq < 3; seq++) {
      worker.postMessage({ rpc: 1, kind: 'event', id: 1, seq, event: `批次${seq}` })
    }
    worker.postMessage({ rpc: 1, kind: 'result', id: 1, value: 'done' })
    await expect.poll(() => seen.delivered.length).toBe(4)
    expect(seen.opened).toEqual(['job-1'])
    expect(seen.delivered).toEqual([
      { rpc: 1, kind: 'event', id: 1, seq: 0, event: '批次0' },
      { rpc: 1, kind: 'event', id: 1, seq: 1, event: '批次1' },
      { rpc: 1, kind: 'event', id: 1, seq: 2, event: '批次2' },
      { rpc: 1, kind: 'result', id: 1, value: 'done' },
    ])
    // A batch (a JSON string) travels beside its message, not escaped inside it a second time.
    expect(seen.beside).toEqual(['批次0', '批次1', '批次2', null])
    worker.close()
    await expect.poll(() => seen.closed).toEqual(['job-1'])
  })

  it('passes on only what a caller may send, for a job it relays', async () => {
    const { page } = fakePage()
    const relay = new ImportPortRelay(page)
    const worker = relay.open('job-1')
    const call = { rpc: 1, kind: 'call', id: 1, op: 'import', args: null, window: 2 }
    relay.fromPage('job-1', JSON.stringify({ rpc: 1, kind: 'result', id: 1, value: 'forged' }))
    relay.fromPage('job-1', 'not json')
    relay.fromPage('job-9', JSON.stringify(call))
    relay.fromPage(7, JSON.stringify(call))
    relay.fromPage('job-1', JSON.stringify(call))
    // Messages arrive in the order sent: the first to reach the worker shows nothing before it did.
    expect(await nextMessage(worker)).toEqual(call)
    relay.fromPage('job-1', JSON.stringify({ rpc: 1, kind: 'bye' }))
    expect(await nextMessage(worker)).toEqual({ rpc: 1, kind: 'bye' })
    worker.close()
  })

  it('closes the worker’s port when the page is gone', async () => {
    const { page } = fakePage(true)
    const relay = new ImportPortRelay(page)
    const worker = relay.open('job-1')
    const ended = closed(worker)
    worker.postMessage({ rpc: 1, kind: 'event', id: 1, seq: 0, event: 'x' })
    await ended
  })
})
