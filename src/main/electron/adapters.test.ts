// The Electron adapters against the typed fake `electron` (aliased in vitest.config.ts).
import { describe, expect, it } from 'vitest'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// The same module instance `electron` is aliased to; imported by path for its test-only members.
import {
  FakeMessagePortMain,
  FakeWebContents,
  ipcMain,
  protocol,
  session,
  shell,
  utilityProcess,
} from '../../../test/fakes/electron'
import type { WebContents } from 'electron'
import { appOrigin, contentSecurityPolicy } from '../../shared/app-origin'
import { invokeChannels, portChannels, preloadChannels } from '../../shared/api/contract'
import type { ImportBatch } from '../../shared/api/contract'
import { importWindow } from '../../shared/api/import-port'
import type { ImportPortProtocol } from '../../shared/api/import-port'
import { decodeJson } from '../../shared/json'
import { connect, emitterEndpoint } from '../../shared/rpc'
import { utilityJobPort } from '../import/job-port'
import { serveImportJob } from '../import/serve'
import { importProcessLauncher } from './import-process'
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
      ['CmdOrCtrl+Shift+H', 'highlight'],
      ['CmdOrCtrl+Shift+N', 'notes'],
    ]) {
      const item = byAccelerator.get(accelerator)
      expect(item?.label).toBe(`«menu.${command}»`)
      ;(item?.click as (() => void) | undefined)?.()
    }
    expect(commands).toEqual(['import', 'search', 'print', 'highlight', 'notes'])
  })
})

describe('import worker process', () => {
  const script = '/app/out/main/import-worker.js'
  const lastChild = () => {
    const child = utilityProcess.forked.at(-1)
    if (child === undefined) throw new Error('no utility process forked')
    return child
  }

  it('gives the worker the checked job and the page the other end of its port', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'newsroom-import-process-'))
    await writeFile(join(folder, 'page.txt'), '开发区新闻\n\n本报讯 开发区今天发布消息。\n')
    const contents = new FakeWebContents()
    const launch = importProcessLauncher(script, () => contents as unknown as WebContents)
    const job = { jobId: 'job-1', start: { request: { paths: [folder] }, granted: [folder] } }
    const worker = launch(job)
    const child = lastChild()
    expect(child.modulePath).toBe(script)
    expect(child.posted).toEqual([
      { message: job.start, transfer: [expect.any(FakeMessagePortMain)] },
    ])
    expect(contents.posted).toEqual([
      {
        channel: portChannels.importPort,
        message: { jobId: 'job-1' },
        transfer: [expect.any(FakeMessagePortMain)],
      },
    ])
    // The two ends are one channel: the worker's, served as the utility process serves it,
    // answers the page's directly. Main holds neither.
    const workerEnd = child.posted[0]?.transfer[0]
    const pageEnd = contents.posted[0]?.transfer[0]
    if (workerEnd === undefined || pageEnd === undefined) throw new Error('ports missing')
    const served = serveImportJob(job.start, utilityJobPort(workerEnd))
    const client = connect<ImportPortProtocol>(emitterEndpoint(pageEnd))
    const batches: ImportBatch[] = []
    const summary = await client.call('import', null, {
      window: importWindow,
      onEvent: (json) => {
        batches.push(decodeJson(json))
      },
    })
    expect(summary).toMatchObject({ cancelled: false, files: 1, failed: 0, articles: 1 })
    expect(batches.flatMap((batch) => batch.articles.map((article) => article.title))).toEqual([
      '开发区新闻',
    ])
    client.close(new Error('done'))
    await served
    child.emit('exit', 0)
    expect(await worker.exited).toEqual({ ok: true })
  })

  it('tells why a worker ended early, and ends one when asked', async () => {
    const launch = importProcessLauncher(
      script,
      () => new FakeWebContents() as unknown as WebContents,
    )
    const start = { request: { paths: ['/x'] }, granted: ['/x'] }
    const crashed = launch({ jobId: 'job-2', start })
    lastChild().emit('error', 'FatalError', 'worker.js:1')
    lastChild().emit('exit', 134)
    expect(await crashed.exited).toEqual({ ok: false, detail: 'FatalError at worker.js:1' })
    const stopped = launch({ jobId: 'job-3', start })
    stopped.stop()
    expect(lastChild().killed).toBe(true)
    expect(await stopped.exited).toMatchObject({ ok: false })
  })

  it('closes the port at once when there is no window to take it, so the worker ends', async () => {
    const launch = importProcessLauncher(script, () => null)
    launch({ jobId: 'job-4', start: { request: { paths: ['/x'] }, granted: ['/x'] } })
    const workerEnd = lastChild().posted[0]?.transfer[0]
    if (workerEnd === undefined) throw new Error('port missing')
    const closed = new Promise<void>((resolve) => workerEnd.once('close', resolve))
    await closed
  })
})
