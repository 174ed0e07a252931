// A typed fake of the `electron` module for Vitest. Since electron 42, importing the real
// module tries to download the binary, so every test project aliases `electron` to this file.
// It records what the adapters register so tests can drive them like Electron would.
import type * as Electron from 'electron'
import { EventEmitter } from 'node:events'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { MessageChannel } from 'node:worker_threads'
import type { MessagePort } from 'node:worker_threads'

type IpcListener = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => unknown

export const ipcMain = {
  handlers: new Map<string, IpcListener>(),
  listeners: new Map<string, IpcListener>(),
  on(channel: string, listener: IpcListener): void {
    this.listeners.set(channel, listener)
  },
  handle(channel: string, listener: IpcListener): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, listener)
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  },
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>

export const protocol = {
  privileged: [] as Electron.CustomScheme[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
    this.privileged.push(...schemes)
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    this.handlers.set(scheme, handler)
  },
}

export const net = {
  /** Only file: URLs, which is all the app fetches through `net`. */
  async fetch(url: string): Promise<Response> {
    try {
      return new Response(await readFile(fileURLToPath(url)))
    } catch {
      return new Response(null, { status: 404 })
    }
  },
}

/** A web contents: an event emitter with the window-open handler Electron has. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null
  sent: { channel: string; args: unknown[] }[] = []
  posted: { channel: string; message: unknown; transfer: FakeMessagePortMain[] }[] = []
  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
  }
  postMessage(channel: string, message: unknown, transfer: FakeMessagePortMain[] = []): void {
    this.posted.push({ channel, message, transfer })
  }
}

/**
 * A MessagePortMain over a real worker_threads port: message events carry `data`, messages wait
 * until `start()`, and `close` is emitted when either end closes, as in Electron.
 */
export class FakeMessagePortMain extends EventEmitter {
  constructor(private readonly port: MessagePort) {
    super()
    port.on('close', () => this.emit('close'))
  }
  start(): void {
    this.port.on('message', (data: unknown) => this.emit('message', { data, ports: [] }))
  }
  postMessage(message: unknown): void {
    this.port.postMessage(message)
  }
  close(): void {
    this.port.close()
  }
}

export class MessageChannelMain {
  private readonly channel = new MessageChannel()
  port1 = new FakeMessagePortMain(this.channel.port1)
  port2 = new FakeMessagePortMain(this.channel.port2)
}

/** A utility process that records what main sends it; tests play its exit. */
export class FakeUtilityProcess extends EventEmitter {
  posted: { message: unknown; transfer: FakeMessagePortMain[] }[] = []
  killed = false
  constructor(
    readonly modulePath: string,
    readonly options: unknown,
  ) {
    super()
  }
  postMessage(message: unknown, transfer: FakeMessagePortMain[] = []): void {
    this.posted.push({ message, transfer })
  }
  kill(): boolean {
    this.killed = true
    this.emit('exit', 15)
    return true
  }
}

export const utilityProcess = {
  forked: [] as FakeUtilityProcess[],
  fork(modulePath: string, _args: string[] = [], options: unknown = {}): FakeUtilityProcess {
    const child = new FakeUtilityProcess(modulePath, options)
    this.forked.push(child)
    return child
  },
}

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  getVersion: () => '0.0.0-test',
  getPath: (_name: string) => '/nonexistent',
  getAppPath: () => process.cwd(),
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  quit: () => undefined,
})

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string) => boolean

export const session = {
  defaultSession: {
    permissionRequestHandler: null as PermissionRequestHandler | null,
    permissionCheckHandler: null as PermissionCheckHandler | null,
    setPermissionRequestHandler(handler: PermissionRequestHandler): void {
      this.permissionRequestHandler = handler
    },
    setPermissionCheckHandler(handler: PermissionCheckHandler): void {
      this.permissionCheckHandler = handler
    },
  },
}

export const shell = {
  opened: [] as string[],
  openExternal(url: string): Promise<void> {
    this.opened.push(url)
    return Promise.resolve()
  },
}

export const Menu = {
  current: null as Electron.MenuItemConstructorOptions[] | null,
  buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]) => template,
  setApplicationMenu(menu: Electron.MenuItemConstructorOptions[] | null): void {
    this.current = menu
  },
}

/** No keychain in tests: the bureau server's password cannot be kept. */
export const safeStorage = {
  isAsyncEncryptionAvailable: () => Promise.resolve(false),
  encryptStringAsync: (_plain: string): Promise<Buffer> =>
    Promise.reject(new Error('no keychain in tests')),
  decryptStringAsync: (_sealed: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> =>
    Promise.reject(new Error('no keychain in tests')),
}

export const dialog = {
  showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] as string[] }),
  showErrorBox: () => undefined,
}

export const screen = { getAllDisplays: () => [] as { workArea: Electron.Rectangle }[] }

export class BrowserWindow extends EventEmitter {
  webContents = new FakeWebContents()
}

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api)
  },
}

type RendererListener = (event: { ports: unknown[] }, ...args: unknown[]) => void

interface FakeIpcRenderer {
  listeners: Map<string, RendererListener[]>
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  on(channel: string, listener: RendererListener): FakeIpcRenderer
  removeListener(channel: string, listener: RendererListener): FakeIpcRenderer
  send(channel: string, ...args: unknown[]): void
}

export const ipcRenderer: FakeIpcRenderer = {
  listeners: new Map(),
  invoke: () => Promise.reject(new Error('no main process in tests')),
  on(channel, listener) {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener])
    return this
  },
  removeListener(channel, listener) {
    const kept = (this.listeners.get(channel) ?? []).filter((other) => other !== listener)
    this.listeners.set(channel, kept)
    return this
  },
  send: () => undefined,
}

export const webUtils = { getPathForFile: (_file: unknown) => '' }
