// The behaviour of src/shared/rpc.ts against a real worker, run in Node (worker_threads) and in
// Chromium (a module worker): request and response, errors, cancellation, transfer, streams with
// back-pressure. Nothing here depends on timing: each step waits for what it checks.
import { describe, expect, it } from 'vitest'
import type { Client } from '../rpc'
import type { FixtureProtocol } from './rpc-fixture'

export interface OpenWorker {
  client: Client<FixtureProtocol>
  close(): Promise<void> | void
}

export function describeRpc(name: string, open: () => OpenWorker): void {
  const withWorker = async (test: (client: Client<FixtureProtocol>) => Promise<void>) => {
    const worker = open()
    try {
      await test(worker.client)
    } finally {
      await worker.close()
    }
  }

  describe(name, () => {
    it('answers each request by its operation, many at once', () =>
      withWorker(async (client) => {
        const answers = await Promise.all(
          ['甲', '乙', '丙'].map((text) => client.call('echo', text)),
        )
        expect(answers).toEqual(['甲', '乙', '丙'])
      }))

    it('carries an error back as an error, its name and message kept', () =>
      withWorker(async (client) => {
        const failed = client.call('fail', { name: 'TypeError', message: '坏了' })
        await expect(failed).rejects.toThrow('坏了')
        await expect(failed).rejects.toMatchObject({ name: 'TypeError' })
        await expect(client.call('echo', 'still there')).resolves.toBe('still there')
      }))

    it('refuses an operation the worker does not serve', () =>
      withWorker(async (client) => {
        const unknown = client as unknown as Client<{
          nothing: { args: null; result: null; event: never }
        }>
        await expect(unknown.call('nothing', null)).rejects.toThrow(/Unknown operation nothing/)
      }))

    it('moves buffers both ways instead of copying them', () =>
      withWorker(async (client) => {
        const buffer = new Uint8Array([10, 20, 30, 40]).buffer
        const answer = await client.call('sum', buffer, { transfer: [buffer] })
        expect(buffer.byteLength).toBe(0) // detached here: it moved
        expect(answer.total).toBe(100)
        expect(answer.received).toBe(4)
        expect([...new Uint8Array(answer.back)]).toEqual([1, 2, 3])
        expect(await client.call('sentBackMoved', null)).toBe(true)
      }))

    it('tells the worker to stop a cancelled call, and rejects it', () =>
      withWorker(async (client) => {
        const controller = new AbortController()
        const hanging = client.call('hang', null, { signal: controller.signal })
        controller.abort()
        await expect(hanging).rejects.toMatchObject({ name: 'AbortError' })
        // The cancel went out before this call, so the worker has seen it.
        expect(await client.call('cancels', null)).toBe(1)
        const already = client.call('hang', null, { signal: controller.signal })
        await expect(already).rejects.toMatchObject({ name: 'AbortError' })
        expect(await client.call('cancels', null)).toBe(1) // never sent
      }))

    it('streams events in order and waits while the window is full', () =>
      withWorker(async (client) => {
        const seen: number[] = []
        let release: () => void = () => undefined
        let first: (value: null) => void = () => undefined
        const firstArrived = new Promise<null>((resolve) => (first = resolve))
        const counting = client.call(
          'count',
          { to: 10 },
          {
            window: 2,
            onEvent: (event) => {
              seen.push(event)
              if (event !== 0) return
              first(null)
              // Held: nothing is acknowledged until the test lets go.
              return new Promise<void>((resolve) => (release = resolve))
            },
          },
        )
        await firstArrived
        // Two events are out and none acknowledged: the worker waits for an ack.
        expect(await client.call('emitted', null)).toBe(1)
        expect(seen).toEqual([0])
        release()
        expect(await counting).toBe(10)
        expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
        expect(await client.call('emitted', null)).toBe(10)
      }))

    it('hands over every event sent before the answer, however slowly they are taken', () =>
      withWorker(async (client) => {
        const seen: number[] = []
        let release: () => void = () => undefined
        let held: (value: null) => void = () => undefined
        const holding = new Promise<null>((resolve) => (held = resolve))
        const counting = client.call(
          'count',
          { to: 5 },
          {
            // No back-pressure: the worker sends every event and its answer at once.
            window: 0,
            onEvent: (event) => {
              seen.push(event)
              if (event !== 1) return
              held(null)
              return new Promise<void>((resolve) => (release = resolve))
            },
          },
        )
        await holding
        // Answered after `count`'s answer, which the worker therefore sent already.
        expect(await client.call('emitted', null)).toBe(5)
        release()
        expect(await counting).toBe(5)
        expect(seen).toEqual([0, 1, 2, 3, 4])
      }))

    it('rejects with the caller’s error when the last event cannot be taken after the answer', () =>
      withWorker(async (client) => {
        let fail: () => void = () => undefined
        let last: (value: null) => void = () => undefined
        const lastArrived = new Promise<null>((resolve) => (last = resolve))
        const counting = client.call(
          'count',
          { to: 3 },
          {
            window: 2,
            onEvent: (event) => {
              if (event !== 2) return
              last(null)
              return new Promise<void>((_resolve, reject) => {
                fail = () => {
                  reject(new Error('disk full'))
                }
              })
            },
          },
        )
        await lastArrived
        expect(await client.call('emitted', null)).toBe(3)
        fail()
        await expect(counting).rejects.toThrow('disk full')
      }))

    it('stops the stream when the caller cannot take an event, with the caller’s error', () =>
      withWorker(async (client) => {
        const counting = client.call(
          'count',
          { to: 1000 },
          {
            window: 1,
            onEvent: (event) => {
              if (event === 3) throw new Error('disk full')
            },
          },
        )
        await expect(counting).rejects.toThrow('disk full')
        expect(await client.call('emitted', null)).toBeLessThan(1000)
      }))
  })
}
