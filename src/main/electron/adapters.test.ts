// The Electron adapters against the typed fake `electron` (aliased in vitest.config.ts).
import { describe, expect, it } from 'vitest'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// The same module instance `electron` is aliased to; imported by path for its test-only members.
import { FakeWebContents, ipcMain, protocol, session, shell } from '../../../test/fakes/electron'
import type { WebContents } from 'electron'
import { appOrigin, contentSecurityPolicy } from '../../shared/app-origin'
import { invokeChannels, preloadChannels } from '../../shared/api/contract'
import { ImportAccess } from '../services/import-access'
import type { Handlers } from '../handlers'
import { registerIpcHandlers } from './ipc'
import { menuTemplate } from './menu'
import { handleAppProtocol, registerAppScheme } from './app-protocol'
import { hardenWebContents, installSecurityPolicy } from './security'
import { secureWebPreferences } from './window'

describe('IPC registration', () => {
  it('registers every operation of the contract behind the sender and argument checks', async () => {
    const handlers = { getSettings: () => Promise.resolve({ locale: 'en' }) } as unknown as Handlers
    registerIpcHandlers(handlers, new ImportAccess(), [appOrigin])
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort())
    const listener = ipcMain.handlers.get(invokeChannels.getSettings)
    expect(await listener?.({ senderFrame: { url: `${appOrigin}/index.html` } })).toEqual({
      ok: true,
      value: { locale: 'en' },
    })
    expect(await listener?.({ senderFrame: null })).toMatchObject({ ok: false })
    expect(await listener?.({ senderFrame: { url: 'https://evil.example/' } })).toMatchObject({
      ok: false,
      error: { code: 'bad-sender' },
    })
  })
})

describe('dropped paths', () => {
  it('may be imported only when the app itself reports them', () => {
    const access = new ImportAccess()
    ipcMain.handlers.clear()
    registerIpcHandlers({} as Handlers, access, [appOrigin])
    const grant = ipcMain.listeners.get(preloadChannels.grantDroppedPath)
    void grant?.({ senderFrame: { url: 'https://evil.example/' } }, '/home/reporter/secret')
    void grant?.({ senderFrame: { url: `${appOrigin}/index.html` } }, '/home/reporter/dropped')
    expect(access.allows('/home/reporter/secret')).toBe(false)
    expect(access.allows('/home/reporter/dropped/a.txt')).toBe(true)
  })
})

describe('window security', () => {
  it('creates windows isolated, sandboxed and without Node', () => {
    expect(secureWebPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    })
  })

  it('blocks navigation away from the app, new windows and webviews', () => {
    const contents = new FakeWebContents()
    hardenWebContents(contents as unknown as WebContents, [appOrigin])
    const navigate = (event: string, url: string) => {
      let prevented = false
      contents.emit(event, { preventDefault: () => (prevented = true) }, url)
      return prevented
    }
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true)
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true)
    expect(navigate('will-navigate', `${appOrigin}/index.html`)).toBe(false)
    expect(navigate('will-attach-webview', `${appOrigin}/x.html`)).toBe(true)
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/a' } as never)).toEqual({
      action: 'deny',
    })
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' } as never)).toEqual({
      action: 'deny',
    })
    expect(shell.opened).toEqual(['https://example.com/a'])
  })

  it('denies every permission but writing to the clipboard from the app itself', () => {
    installSecurityPolicy([appOrigin])
    const ask = (permission: string, requestingUrl: string) => {
      let granted: boolean | null = null
      session.defaultSession.permissionRequestHandler?.(
        null,
        permission,
        (value) => (granted = value),
        { requestingUrl },
      )
      return granted
    }
    const page = `${appOrigin}/index.html`
    expect(ask('media', page)).toBe(false)
    expect(ask('clipboard-read', page)).toBe(false)
    expect(ask('clipboard-sanitized-write', page)).toBe(true)
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false)
    const check = session.defaultSession.permissionCheckHandler
    expect(check?.(null, 'geolocation', appOrigin)).toBe(false)
    expect(check?.(null, 'clipboard-sanitized-write', appOrigin)).toBe(true)
  })
})

describe('app:// protocol', () => {
  it('is privileged and serves the built renderer with the CSP, nothing else', async () => {
    registerAppScheme()
    const scheme = protocol.privileged.find((entry) => entry.scheme === 'app')
    expect(scheme?.privileges).toMatchObject({ standard: true, secure: true })
    const root = await mkdtemp(join(tmpdir(), 'newsroom-renderer-'))
    await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>')
    handleAppProtocol(root)
    const handler = protocol.handlers.get('app')
    const page = await handler?.(new Request(`${appOrigin}/index.html`))
    expect(page?.status).toBe(200)
    expect(page?.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(await page?.text()).toContain('<title>x</title>')
    expect((await handler?.(new Request(`${appOrigin}/missing.js`)))?.status).toBe(404)
    const post = new Request(`${appOrigin}/index.html`, { method: 'POST', body: 'x' })
    expect((await handler?.(post))?.status).toBe(405)
  })
})

describe('application menu', () => {
  it('offers import, search and print with the usual shortcuts, in the user language', () => {
    const commands: string[] = []
    const t = (key: string) => `«${key}»`
    const template = menuTemplate(t, 'win32', (command) => commands.push(command))
    const items = template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
    const byAccelerator = new Map(items.map((item) => [item.accelerator, item]))
    for (const [accelerator, command] of [
      ['CmdOrCtrl+O', 'import'],
      ['CmdOrCtrl+F', 'search'],
      ['CmdOrCtrl+P', 'print'],
    ]) {
      const item = byAccelerator.get(accelerator)
      expect(item?.label).toBe(`«menu.${command}»`)
      ;(item?.click as (() => void) | undefined)?.()
    }
    expect(commands).toEqual(['import', 'search', 'print'])
  })
})
