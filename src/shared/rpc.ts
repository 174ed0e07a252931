// One way to talk to a worker: typed requests and responses by operation name over anything that
// carries structured-clone messages (a DOM MessagePort, Worker or worker scope; a Node
// worker_threads port or Worker; an Electron MessagePortMain), through the adapters at the end.
//
//   - `connect(endpoint).call(op, args)` returns a promise of the operation's result; a thrown
//     error comes back as an Error (its name and message kept);
//   - `signal` (an AbortSignal) tells the other side to stop that call, and the call rejects;
//   - `transfer` lists buffers (or ports) that move instead of being copied, both ways;
//   - a long job streams events: each is handed to `onEvent` one at a time and acknowledged when
//     its promise settles; the serving side waits while `window` events are unacknowledged
//     (back-pressure), and the call settles only after every event delivered was handled;
//   - `close()` hangs up: the serving side stops what it runs for this caller and is told, so a
//     worker that exists for one caller can end (a port does not report its peer's closing in
//     every runtime, so the caller says it).
//
// Messages are checked for shape on arrival; anything else on the port is ignored.

/** An object that moves with a message instead of being copied: an ArrayBuffer, a MessagePort. */
export type Transfer = object

/** The two things a message port does, whatever the platform calls them. */
export interface Endpoint {
  post(message: unknown, transfer: readonly Transfer[]): void
  /** Starts delivering messages to `listener`; the function returned stops it. */
  listen(listener: (message: unknown) => void): () => void
}

/** An operation: what the call takes, what it answers, and what it streams meanwhile. */
export interface Operation<Args, Result, Event = never> {
  args: Args
  result: Result
  event: Event
}

export type Protocol = Record<string, Operation<unknown, unknown, unknown>>

/** An error as it crosses the port. */
export interface WireError {
  name: string
  message: string
}

type Wire =
  | { rpc: 1; kind: 'call'; id: number; op: string; args: unknown; window: number }
  | { rpc: 1; kind: 'cancel'; id: number }
  | { rpc: 1; kind: 'ack'; id: number; seq: number }
  | { rpc: 1; kind: 'bye' }
  | { rpc: 1; kind: 'event'; id: number; seq: number; event: unknown }
  | { rpc: 1; kind: 'result'; id: number; value: unknown }
  | { rpc: 1; kind: 'error'; id: number; error: WireError }

const isCount = (value: unknown): boolean =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

function isWireError(value: unknown): value is WireError {
  if (typeof value !== 'object' || value === null) return false
  const error = value as Record<string, unknown>
  return typeof error.name === 'string' && typeof error.message === 'string'
}

function isWire(value: unknown): value is Wire {
  if (typeof value !== 'object' || value === null) return false
  const message = value as Record<string, unknown>
  if (message.rpc !== 1) return false
  switch (message.kind) {
    case 'call':
      return isCount(message.id) && typeof message.op === 'string' && isCount(message.window)
    case 'cancel':
    case 'result':
      return isCount(message.id)
    case 'ack':
    case 'event':
      return isCount(message.id) && isCount(message.seq)
    case 'error':
      return isCount(message.id) && isWireError(message.error)
    case 'bye':
      return true
    default:
      return false
  }
}

/** True for what a caller may send (a call, a cancel, an ack, a hang-up): what a relay lets
 * through from the untrusted side. */
export function isCallerMessage(value: unknown): boolean {
  if (!isWire(value)) return false
  return (
    value.kind === 'call' || value.kind === 'cancel' || value.kind === 'ack' || value.kind === 'bye'
  )
}

export function toWireError(error: unknown): WireError {
  if (error instanceof Error) return { name: error.name, message: error.message }
  return { name: 'Error', message: String(error) }
}

function fromWireError(wire: WireError): Error {
  const error = new Error(wire.message)
  error.name = wire.name
  return error
}

function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason
  if (reason instanceof Error) return reason
  const error = new Error('The call was cancelled.')
  error.name = 'AbortError'
  return error
}

/** True when `error` is how a cancelled call rejects. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError'
}

// ---------------------------------------------------------------------------------------------
// The calling side

export interface CallOptions<Event> {
  signal?: AbortSignal | undefined
  transfer?: readonly Transfer[] | undefined
  /** Each streamed event, one at a time; its promise settling acknowledges it. */
  onEvent?: ((event: Event) => void | Promise<void>) | undefined
  /** Events the serving side may send before it waits for acknowledgements; 0: never waits. */
  window?: number | undefined
}

export interface Client<P extends Protocol> {
  call<K extends keyof P & string>(
    op: K,
    args: P[K]['args'],
    options?: CallOptions<P[K]['event']>,
  ): Promise<P[K]['result']>
  /** Hangs up: tells the serving side, stops listening; every open call rejects with `reason`. */
  close(reason: Error): void
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown }

interface OpenCall {
  resolve(value: unknown): void
  reject(error: unknown): void
  onEvent: ((event: unknown) => void | Promise<void>) | undefined
  /** The events delivered so far, handled in order; never rejects. */
  handled: Promise<void>
  /** How the call ends, once known: it settles when the events before it were handled. */
  outcome: Outcome | null
  /** Set when the call is over for the caller (cancelled, failed, hung up): events still
   * waiting are dropped. An answer from the serving side does not set it: the events that came
   * before the answer are handled first. */
  dropped: boolean
  /** The caller could not take an event: the call rejects with this, whatever the answer. */
  callerError: { error: unknown } | null
  cleanup(): void
}

export function connect<P extends Protocol>(endpoint: Endpoint): Client<P> {
  let nextId = 1
  const open = new Map<number, OpenCall>()

  const settle = (id: number, outcome: Outcome, drop: boolean) => {
    const call = open.get(id)
    if (call === undefined || call.outcome !== null) return
    call.outcome = outcome
    if (drop) call.dropped = true
    call.cleanup()
    void call.handled.then(() => {
      open.delete(id)
      if (call.callerError !== null) call.reject(call.callerError.error)
      else if (outcome.ok) call.resolve(outcome.value)
      else call.reject(outcome.error)
    })
  }

  const onEvent = (call: OpenCall, id: number, seq: number, event: unknown) => {
    call.handled = call.handled.then(async () => {
      if (call.dropped) return
      try {
        await call.onEvent?.(event)
      } catch (error) {
        // The caller could not take the event: the call stops, with the caller's error.
        call.callerError = { error }
        call.dropped = true
        if (call.outcome === null) {
          endpoint.post({ rpc: 1, kind: 'cancel', id } satisfies Wire, [])
          settle(id, { ok: false, error }, true)
        }
        return
      }
      if (call.outcome === null) endpoint.post({ rpc: 1, kind: 'ack', id, seq } satisfies Wire, [])
    })
  }

  const stop = endpoint.listen((message) => {
    if (!isWire(message)) return
    if (message.kind !== 'event' && message.kind !== 'result' && message.kind !== 'error') return
    const call = open.get(message.id)
    if (call === undefined || call.outcome !== null) return
    if (message.kind === 'event') onEvent(call, message.id, message.seq, message.event)
    else if (message.kind === 'result') {
      settle(message.id, { ok: true, value: message.value }, false)
    } else settle(message.id, { ok: false, error: fromWireError(message.error) }, false)
  })

  return {
    call(op, args, options = {}) {
      const { signal } = options
      if (signal?.aborted) return Promise.reject(abortReason(signal))
      const id = nextId++
      return new Promise((resolve, reject) => {
        const abort = () => {
          endpoint.post({ rpc: 1, kind: 'cancel', id } satisfies Wire, [])
          settle(id, { ok: false, error: abortReason(signal as AbortSignal) }, true)
        }
        open.set(id, {
          resolve,
          reject,
          onEvent: options.onEvent,
          handled: Promise.resolve(),
          outcome: null,
          dropped: false,
          callerError: null,
          cleanup: () => signal?.removeEventListener('abort', abort),
        })
        signal?.addEventListener('abort', abort, { once: true })
        const window = options.window ?? 0
        try {
          endpoint.post(
            { rpc: 1, kind: 'call', id, op, args, window } satisfies Wire,
            options.transfer ?? [],
          )
        } catch (error) {
          settle(id, { ok: false, error }, true)
        }
      })
    },
    close(reason) {
      stop()
      try {
        endpoint.post({ rpc: 1, kind: 'bye' } satisfies Wire, [])
      } catch {
        // The port is closed already: nobody is left to tell.
      }
      for (const id of [...open.keys()]) settle(id, { ok: false, error: reason }, true)
    },
  }
}

// ---------------------------------------------------------------------------------------------
// The serving side

export interface CallContext<Event> {
  /** Aborted when the caller cancels this call or hangs up. */
  signal: AbortSignal
  /** Streams an event; resolves when the caller has room for more, rejects once cancelled. */
  emit(event: Event, transfer?: readonly Transfer[]): Promise<void>
}

/** A result sent with a transfer list (see `transferring`). */
export class Transferring<T> {
  constructor(
    readonly value: T,
    readonly transfer: readonly Transfer[],
  ) {}
}

/** Answers `value`, moving the buffers in `transfer` instead of copying them. */
export function transferring<T>(value: T, transfer: readonly Transfer[]): Transferring<T> {
  return new Transferring(value, transfer)
}

type Reply<T> = T | Transferring<T>

export type Handlers<P extends Protocol> = {
  [K in keyof P]: (
    args: P[K]['args'],
    context: CallContext<P[K]['event']>,
  ) => Reply<P[K]['result']> | Promise<Reply<P[K]['result']>>
}

export interface ServeOptions {
  /** The caller hung up (`Client.close`): what it had running was cancelled. */
  onHangUp?: () => void
}

interface Running {
  controller: AbortController
  acked: number
  wake: (() => void) | null
}

/**
 * Answers calls arriving on `endpoint` with `handlers`. The function returned stops serving:
 * nothing more is answered, and what is running is cancelled.
 */
export function serve<P extends Protocol>(
  endpoint: Endpoint,
  handlers: Handlers<P>,
  options: ServeOptions = {},
): () => void {
  const running = new Map<number, Running>()
  const post = (message: Wire, transfer: readonly Transfer[] = []) => {
    endpoint.post(message, transfer)
  }

  const start = (message: Extract<Wire, { kind: 'call' }>) => {
    const { id, op, window } = message
    if (running.has(id)) return
    if (!Object.hasOwn(handlers, op)) {
      post({
        rpc: 1,
        kind: 'error',
        id,
        error: { name: 'Error', message: `Unknown operation ${op}.` },
      })
      return
    }
    const handler = handlers[op] as (args: unknown, context: CallContext<unknown>) => unknown
    const state: Running = { controller: new AbortController(), acked: -1, wake: null }
    const { signal } = state.controller
    running.set(id, state)
    let seq = 0
    const context: CallContext<unknown> = {
      signal,
      emit: async (event, transfer = []) => {
        signal.throwIfAborted()
        post({ rpc: 1, kind: 'event', id, seq: seq++, event }, transfer)
        while (window > 0 && seq - 1 - state.acked >= window && !signal.aborted) {
          await new Promise<void>((resolve) => (state.wake = resolve))
        }
        signal.throwIfAborted()
      },
    }
    const answer = (reply: unknown) => {
      if (reply instanceof Transferring) {
        const { value, transfer } = reply as Transferring<unknown>
        post({ rpc: 1, kind: 'result', id, value }, transfer)
      } else post({ rpc: 1, kind: 'result', id, value: reply })
    }
    const fail = (error: unknown) => {
      post({ rpc: 1, kind: 'error', id, error: toWireError(error) })
    }
    // Called inside a promise, so a handler that throws at once is answered like one that rejects.
    void Promise.resolve()
      .then(() => handler(message.args, context))
      .then((reply) => {
        if (!signal.aborted) answer(reply)
      })
      .catch((error: unknown) => {
        // A result that cannot be cloned fails here too, and is answered as the error it is.
        if (!signal.aborted) fail(error)
      })
      .finally(() => running.delete(id))
  }

  const cancel = (state: Running) => {
    state.controller.abort()
    state.wake?.()
    state.wake = null
  }

  const unlisten = endpoint.listen((message) => {
    if (!isWire(message)) return
    if (message.kind === 'call') {
      start(message)
      return
    }
    if (message.kind === 'bye') {
      for (const state of running.values()) cancel(state)
      options.onHangUp?.()
      return
    }
    if (message.kind !== 'cancel' && message.kind !== 'ack') return
    const state = running.get(message.id)
    if (state === undefined) return
    if (message.kind === 'cancel') {
      cancel(state)
      return
    }
    state.acked = Math.max(state.acked, message.seq)
    state.wake?.()
    state.wake = null
  })
  return () => {
    unlisten()
    for (const state of running.values()) cancel(state)
  }
}

// ---------------------------------------------------------------------------------------------
// Adapters

// Each platform names its transferable types differently: the adapters accept any port whose
// transfer list is some kind of object (`never[]` is assignable to all of them).
type AnyTransferList = never[]

/** A DOM MessagePort, a Worker, or a worker's global scope. */
export interface DomPort {
  postMessage(message: unknown, transfer: AnyTransferList): void
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
  start?: () => void
}

export function domEndpoint(port: DomPort): Endpoint {
  return {
    post: (message, transfer) => {
      port.postMessage(message, [...transfer] as AnyTransferList)
    },
    listen: (listener) => {
      const onMessage = (event: { data: unknown }) => {
        listener(event.data)
      }
      port.addEventListener('message', onMessage)
      port.start?.()
      return () => {
        port.removeEventListener('message', onMessage)
      }
    },
  }
}

/** A Node worker_threads MessagePort, `parentPort` or Worker. */
export interface NodePort {
  postMessage(message: unknown, transfer?: AnyTransferList): void
  on(type: 'message', listener: (message: unknown) => void): unknown
  off(type: 'message', listener: (message: unknown) => void): unknown
}

export function nodeEndpoint(port: NodePort): Endpoint {
  return {
    post: (message, transfer) => {
      port.postMessage(message, [...transfer] as AnyTransferList)
    },
    listen: (listener) => {
      port.on('message', listener)
      return () => {
        port.off('message', listener)
      }
    },
  }
}

/**
 * An Electron MessagePortMain (in main or a utility process): an event emitter whose message
 * events carry `data`, and which queues messages until started.
 */
export interface EmitterPort {
  postMessage(message: unknown, transfer?: AnyTransferList): void
  on(type: 'message', listener: (event: { data: unknown }) => void): unknown
  off(type: 'message', listener: (event: { data: unknown }) => void): unknown
  start(): void
}

export function emitterEndpoint(port: EmitterPort): Endpoint {
  return {
    post: (message, transfer) => {
      port.postMessage(message, [...transfer] as AnyTransferList)
    },
    listen: (listener) => {
      const onMessage = (event: { data: unknown }) => {
        listener(event.data)
      }
      port.on('message', onMessage)
      port.start()
      return () => {
        port.off('message', onMessage)
      }
    },
  }
}
