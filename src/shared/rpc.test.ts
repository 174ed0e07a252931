// What a relay and a one-caller worker rely on: which messages a caller may send, and that a
// caller hanging up stops what it had running and is told to the serving side. The rest of
// the behaviour is tested against real workers (src/shared/testing/rpc-cases.ts).
import { describe, expect, it } from 'vitest'
import { connect, domEndpoint, isCallerMessage, serve } from './rpc'
import type { DomPort, Operation } from './rpc'

type Echo = { echo: Operation<string, string>; never: Operation<null, never> }

function pair() {
  const channel = new MessageChannel()
  // Node's global MessageChannel is the DOM's, though its types say Event, not MessageEvent.
  const [one, two] = [channel.port1, channel.port2] as unknown as [DomPort, DomPort]
  return { caller: domEndpoint(one), server: domEndpoint(two), channel }
}

describe('rpc', () => {
  it('lets a relay tell calls, cancels, acks and hang-ups from answers and anything else', () => {
    expect(isCallerMessage({ rpc: 1, kind: 'call', id: 1, op: 'x', args: null, window: 0 })).toBe(
      true,
    )
    expect(isCallerMessage({ rpc: 1, kind: 'ack', id: 1, seq: 0 })).toBe(true)
    expect(isCallerMessage({ rpc: 1, kind: 'cancel', id: 1 })).toBe(true)
    expect(isCallerMessage({ rpc: 1, kind: 'bye' })).toBe(true)
    expect(isCallerMessage({ rpc: 1, kind: 'result', id: 1, value: 1 })).toBe(false)
    expect(isCallerMessage({ rpc: 1, kind: 'event', id: 1, seq: 0, event: 1 })).toBe(false)
    expect(
      isCallerMessage({ rpc: 1, kind: 'error', id: 1, error: { name: 'E', message: 'x' } }),
    ).toBe(false)
    expect(isCallerMessage({ rpc: 1, kind: 'call', id: -1, op: 'x', window: 0 })).toBe(false)
    expect(isCallerMessage({ rpc: 1, kind: 'call', id: 1, op: 3, window: 0 })).toBe(false)
    expect(isCallerMessage({ rpc: 2, kind: 'bye' })).toBe(false)
    expect(isCallerMessage('call')).toBe(false)
  })

  it('tells the serving side when the caller hangs up, and cancels what was running', async () => {
    const { caller, server, channel } = pair()
    let hungUp: () => void = () => undefined
    const toldOfHangUp = new Promise<void>((resolve) => (hungUp = resolve))
    let running: AbortSignal | null = null
    let started: () => void = () => undefined
    const runningNow = new Promise<void>((resolve) => (started = resolve))
    serve<Echo>(
      server,
      {
        echo: (text) => text,
        never: (_args, { signal }) => {
          running = signal
          started()
          return new Promise<never>(() => undefined)
        },
      },
      { onHangUp: hungUp },
    )
    const client = connect<Echo>(caller)
    const open = client.call('never', null)
    await runningNow
    client.close(new Error('closed'))
    await expect(open).rejects.toThrow('closed')
    await toldOfHangUp
    expect((running as AbortSignal | null)?.aborted).toBe(true)
    channel.port1.close()
  })
})
