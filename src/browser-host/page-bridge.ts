// The script the browser host installs in every page before the app's own scripts: it gives
// the page the same `window.newsroom` API the Electron preload does, over Playwright bindings.
// Generated from the shared contract, so the two transports can never disagree on names.
import { apiGlobalName, invokeChannels } from '../shared/api/contract'

export const invokeBindingName = '__newsroomInvoke'
export const emitFunctionName = '__newsroomEmit'

/** Runs in the page. Kept free of closures over host code: it is serialised to a string. */
function installBridge(
  globalName: string,
  invokeBinding: string,
  emitName: string,
  names: string[],
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
  const args = [apiGlobalName, invokeBindingName, emitFunctionName, Object.keys(invokeChannels)]
  // `__name` neutralises the helper esbuild (tsx) inserts when it keeps function names.
  return `(() => { const __name = (target) => target; (${installBridge.toString()})(...${JSON.stringify(args)}); })();`
}
