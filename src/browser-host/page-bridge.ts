// The script the browser host installs in every page before the app's own scripts: it gives
// the page the same `window.newsroom` API the Electron preload does, over Playwright bindings,
// and posts an import job's port to the window as the preload does; the host relays that port
// to the worker (./import-relay.ts). Generated from the shared contract, so the two transports
// can never disagree on names.
import { apiGlobalName, invokeChannels } from '../shared/api/contract'
import { importPortMessageType } from '../shared/api/import-port'

export const invokeBindingName = '__newsroomInvoke'
export const emitFunctionName = '__newsroomEmit'
/** The page → host half of a relayed port: `(jobId, json)`. */
export const portBindingName = '__newsroomPortMessage'
/** In the page: `{ open(jobId), deliver(jobId, json, event), close(jobId) }` for relayed ports. */
export const portsFunctionName = '__newsroomPorts'

/** Runs in the page. Kept free of closures over host code: it is serialised to a string. */
function installBridge(
  globalName: string,
  invokeBinding: string,
  emitName: string,
  names: string[],
  portBinding: string,
  portsName: string,
  portMessageType: string,
): void {
  type Envelope =
    { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }
  const scope = globalThis as unknown as Record<string, unknown>
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const call = async (name: string, args: unknown[]): Promise<unknown> => {
    const binding = scope[invokeBinding] as (name: string, args: unknown[]) => Promise<Envelope>
    const envelope = await binding(name, args)
    if (envelope.ok) return envelope.value
    throw new Error(`NewsroomApiError(${envelope.error.code}): ${envelope.error.message}`)
  }
  const subscribe = (event: string, listener: (payload: unknown) => void) => {
    const set = listeners.get(event) ?? new Set()
    set.add(listener)
    listeners.set(event, set)
    return () => {
      set.delete(listener)
    }
  }
  const api: Record<string, unknown> = {
    pathForFile: () => null,
    onMenuCommand: (listener: (payload: unknown) => void) => subscribe('menuCommand', listener),
    onImportEvent: (listener: (payload: unknown) => void) => subscribe('importEvent', listener),
  }
  for (const name of names) api[name] = (...args: unknown[]) => call(name, args)
  Object.defineProperty(scope, globalName, { value: Object.freeze(api), enumerable: true })
  Object.defineProperty(scope, emitName, {
    value: (event: string, payload: unknown) => {
      for (const listener of listeners.get(event) ?? []) listener(payload)
    },
  })
  // The page's ends of relayed ports, by job: what the app posts on one goes to the host as
  // JSON; what the host delivers is posted to the app.
  interface Port {
    postMessage(message: unknown): void
    close(): void
    onmessage: ((event: { data: unknown }) => void) | null
  }
  const ports = new Map<string, Port>()
  const page = globalThis as unknown as {
    postMessage(message: unknown, targetOrigin: string, transfer: unknown[]): void
    location: { origin: string }
  }
  const channels = globalThis as unknown as {
    MessageChannel: new () => { port1: Port; port2: Port }
  }
  Object.defineProperty(scope, portsName, {
    value: Object.freeze({
      open: (jobId: string) => {
        const channel = new channels.MessageChannel()
        ports.set(jobId, channel.port2)
        channel.port2.onmessage = (event) => {
          const binding = scope[portBinding] as (jobId: string, json: string) => Promise<void>
          void binding(jobId, JSON.stringify(event.data))
        }
        page.postMessage({ type: portMessageType, jobId }, page.location.origin, [channel.port1])
      },
      deliver: (jobId: string, json: string, event: string | null) => {
        const message = JSON.parse(json) as Record<string, unknown>
        if (event !== null) message.event = event
        ports.get(jobId)?.postMessage(message)
      },
      close: (jobId: string) => {
        ports.get(jobId)?.close()
        ports.delete(jobId)
      },
    }),
  })
  // The Electron menu's shortcuts, which a plain browser window has no menu for.
  const shortcuts: Record<string, string> = {
    o: 'import',
    f: 'search',
    p: 'print',
    z: 'undo',
    y: 'redo',
    'shift+z': 'redo',
    'shift+s': 'backup',
    'shift+o': 'restore',
    'shift+d': 'duplicates',
    'shift+h': 'highlight',
    'shift+n': 'notes',
  }
  interface Key {
    key: string
    shiftKey: boolean
    ctrlKey: boolean
    metaKey: boolean
    altKey: boolean
    preventDefault(): void
  }
  const target = globalThis as unknown as {
    addEventListener(type: 'keydown', listener: (event: Key) => void): void
  }
  target.addEventListener('keydown', (event) => {
    const command = shortcuts[(event.shiftKey ? 'shift+' : '') + event.key.toLowerCase()]
    if (command === undefined || !(event.ctrlKey || event.metaKey) || event.altKey) return
    event.preventDefault()
    for (const listener of listeners.get('menuCommand') ?? []) listener(command)
  })
}

export function pageBridgeScript(): string {
  const args = [
    apiGlobalName,
    invokeBindingName,
    emitFunctionName,
    Object.keys(invokeChannels),
    portBindingName,
    portsFunctionName,
    importPortMessageType,
  ]
  // `__name` neutralises the helper esbuild (tsx) inserts when it keeps function names.
  return `(() => { const __name = (target) => target; (${installBridge.toString()})(...${JSON.stringify(args)}); })();`
}
