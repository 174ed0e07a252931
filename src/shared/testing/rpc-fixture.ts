// A worker for the tests of src/shared/rpc.ts, served the same way in a Node worker thread
// (test/node/rpc-worker.ts) and in a browser module worker (test/browser/rpc.worker.ts).
import { transferring } from '../rpc'
import type { Handlers, Operation, Transferring } from '../rpc'

export type FixtureProtocol = {
  echo: Operation<string, string>
  /** Throws an error of the given name. */
  fail: Operation<{ name: string; message: string }, never>
  /** Adds up the bytes of a buffer moved to the worker; answers with a buffer moved back. */
  sum: Operation<ArrayBuffer, { total: number; received: number; back: ArrayBuffer }>
  /** Whether the last buffer `sum` sent back left the worker (detached there). */
  sentBackMoved: Operation<null, boolean>
  /** Never answers; counts the cancels it is told of. */
  hang: Operation<null, never>
  cancels: Operation<null, number>
  /** Streams 0 … to - 1, then answers `to`. */
  count: Operation<{ to: number }, number, number>
  /** Events `count` has posted so far. */
  emitted: Operation<null, number>
}

export function fixtureHandlers(): Handlers<FixtureProtocol> {
  let sentBack: ArrayBuffer | null = null
  let cancels = 0
  let emitted = 0
  return {
    echo: (text) => text,
    fail: ({ name, message }) => {
      const error = new Error(message)
      error.name = name
      throw error
    },
    sum: (buffer): Transferring<{ total: number; received: number; back: ArrayBuffer }> => {
      const bytes = new Uint8Array(buffer)
      const total = bytes.reduce((sum, byte) => sum + byte, 0)
      const back = new Uint8Array([1, 2, 3]).buffer
      sentBack = back
      return transferring({ total, received: buffer.byteLength, back }, [back])
    },
    sentBackMoved: () => sentBack !== null && sentBack.byteLength === 0,
    hang: (_args, { signal }) =>
      new Promise<never>((_resolve, reject) => {
        signal.addEventListener('abort', () => {
          cancels++
          reject(new Error('cancelled'))
        })
      }),
    cancels: () => cancels,
    count: async ({ to }, context) => {
      for (let i = 0; i < to; i++) {
        await context.emit(i)
        emitted++
      }
      return to
    },
    emitted: () => emitted,
  }
}
