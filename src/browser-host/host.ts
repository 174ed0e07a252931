// The browser host: runs the real renderer in a plain Chromium (driven by playwright-core) and
// binds the very same main-process handlers to it, for machines without the Electron binary —
// these build machines, Linux CI, `npm run preview:browser` and the e2e tests.
import { chromium } from 'playwright-core'
import type { BrowserContext, Page } from 'playwright-core'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImportSourceKind } from '../shared/api/contract'
import { dispatch, isTrustedSender } from '../main/dispatch'
import { createHandlers } from '../main/handlers'
import type { Host } from '../main/host'
import { startImportThread } from '../main/import/start-worker'
import { createMainServices } from '../main/services/main-services'
import { sessionKeychain } from './session-keychain'
import { writeFileAtomic } from '../main/services/atomic-file'
import { pagePdf, waitForPrintReady } from './print-page-pdf'
import { chromiumArgs, requireChromium } from './chromium'
import { EventLog } from './event-log'
import { serveApp } from './serve-app'
import { ImportPortRelay } from './import-relay'
import type { PagePorts } from './import-relay'
import {
  emitFunctionName,
  invokeBindingName,
  pageBridgeScript,
  portBindingName,
  portsFunctionName,
} from './page-bridge'

/** The page origin in the browser host. Requests to it never leave the host (see `route`). */
export const browserHostOrigin = 'http://newsroom.localhost'

/** The host's stand-ins for the system file dialogs: paths, or null for "cancelled". */
export interface BrowserHostDialogs {
  importSources(kind: ImportSourceKind): Promise<string[] | null>
  savePath(suggestedName: string, kind: 'pdf' | 'backup' | 'citation'): Promise<string | null>
  openBackup(): Promise<string | null>
}

export interface BrowserHostOptions {
  /** Chromium profile folder: the archive (IndexedDB) and settings live here. */
  profileDir: string
  /** The repository root: the built app in `out/`, `resources/`, `package.json`. */
  appRoot: string
  headless: boolean
  /** Answers the file dialogs, which a plain browser window cannot show. */
  dialogs: BrowserHostDialogs
  viewport?: { width: number; height: number }
}

export interface BrowserHost {
  context: BrowserContext
  page: Page
  /** The most recent events sent to the page, in order (for tests); older ones are dropped. */
  sentEvents: EventLog
  close(): Promise<void>
}

export async function launchBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: requireChromium(),
    headless: options.headless,
    args: [...chromiumArgs],
    viewport: options.viewport ?? { width: 1360, height: 860 },
    locale: 'zh-CN',
  })
  const sentEvents = new EventLog()
  // The app's page, once open: where imports' ports go, as Electron sends them to its window.
  let appPage: Page | null = null
  const relay = new ImportPortRelay(pagePorts(() => appPage))
  const importWorkerScript = join(options.appRoot, 'out', 'main', 'import-worker.js')
  const host: Host = {
    kind: 'browser',
    version: await packageVersion(options.appRoot),
    platform: process.platform,
    chooseImportSources: (kind) => options.dialogs.importSources(kind),
    chooseBackupTarget: (name) => options.dialogs.savePath(name, 'backup'),
    chooseBackupSource: () => options.dialogs.openBackup(),
    chooseCitationTarget: (name) => options.dialogs.savePath(name, 'citation'),
    setTaskbarProgress: () => undefined,
    printPage: async (pathAndHash) => {
      const page = await context.newPage()
      try {
        await page.goto(`${browserHostOrigin}${pathAndHash}`)
        await waitForPrintReady(page)
        if (options.headless) return { printed: false, reason: 'no printer in a headless browser' }
        // Chromium's own print dialog; it returns when the user closes it.
        await page.evaluate(() => {
          ;(globalThis as unknown as { print(): void }).print()
        })
        return { printed: true, reason: null }
      } finally {
        await page.close()
      }
    },
    savePdf: async (pathAndHash, suggestedName) => {
      const target = await options.dialogs.savePath(suggestedName, 'pdf')
      if (target === null) return null
      const page = await context.newPage()
      try {
        await page.goto(`${browserHostOrigin}${pathAndHash}`)
        await waitForPrintReady(page)
        await writeFileAtomic(target, await pagePdf(page))
        return { path: target }
      } finally {
        await page.close()
      }
    },
    startImportWorker: (job) =>
      startImportThread(importWorkerScript, job.start, relay.open(job.jobId)),
    send(event, payload) {
      // A JSON string crosses CDP far faster than Playwright's walk of a large object.
      const json = JSON.stringify(payload)
      sentEvents.add({ event, payload }, json.length)
      for (const page of context.pages()) {
        page
          .evaluate(
            (message) => {
              const emit = (globalThis as Record<string, unknown>)[message.emit] as
                ((event: string, payload: unknown) => void) | undefined
              emit?.(message.event, JSON.parse(message.json))
            },
            { emit: emitFunctionName, event, json },
          )
          .catch(() => undefined)
      }
    },
    localeChanged: () => undefined,
  }
  const services = await createMainServices({
    host,
    profileDir: options.profileDir,
    resourcesDir: join(options.appRoot, 'resources'),
    secrets: sessionKeychain(),
  })
  const handlers = createHandlers(services)
  await context.exposeBinding(invokeBindingName, (source, name: unknown, args: unknown) =>
    dispatch(handlers, String(name), args, source.frame.url(), [browserHostOrigin]),
  )
  await context.exposeBinding(portBindingName, (source, jobId: unknown, json: unknown) => {
    if (isTrustedSender(source.frame.url(), [browserHostOrigin])) relay.fromPage(jobId, json)
  })
  await context.addInitScript(pageBridgeScript())
  await serveApp(context, join(options.appRoot, 'out', 'renderer'), browserHostOrigin)
  const page = context.pages()[0] ?? (await context.newPage())
  appPage = page
  await page.goto(`${browserHostOrigin}/index.html`)
  return {
    context,
    page,
    sentEvents,
    close: async () => {
      services.imports.stopAll()
      await services.backups.closeAll()
      await context.close()
    },
  }
}

/** The page functions page-bridge installs for relayed ports, called over CDP. */
function pagePorts(page: () => Page | null): PagePorts {
  const call = async (
    method: 'open' | 'deliver' | 'close',
    jobId: string,
    json = '',
    event: string | null = null,
  ) => {
    const target = page()
    if (target === null) throw new Error('The app page is not open.')
    await target.evaluate(
      (message) => {
        const ports = (globalThis as Record<string, unknown>)[message.name] as Record<
          string,
          (jobId: string, json: string, event: string | null) => void
        >
        ports[message.method]?.(message.jobId, message.json, message.event)
      },
      { name: portsFunctionName, method, jobId, json, event },
    )
  }
  return {
    open: (jobId) => call('open', jobId),
    deliver: (jobId, json, event) => call('deliver', jobId, json, event),
    close: (jobId) => call('close', jobId),
  }
}

async function packageVersion(appRoot: string): Promise<string> {
  const text = await readFile(join(appRoot, 'package.json'), 'utf8')
  return (JSON.parse(text) as { version: string }).version
}
