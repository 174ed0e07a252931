// The app under `npm run bench:scale`: the built renderer in headless Chromium through the
// browser host, on one profile that outlives restarts (a restart is the host closed and launched
// again on the same archive, as a user quits and reopens), with its memory read as the OS and
// V8 see it.
import type { Page } from 'playwright-core'
import { rendererPids, statusMb } from './app-memory'
import { launchBrowserHost } from '../../src/browser-host/host'
import type { BrowserHost } from '../../src/browser-host/host'

export interface ScaleAppOptions {
  appRoot: string
  profileDir: string
  importFolder: string
  /** A new path for every backup, so one run's file never meets the next. */
  nextBackupPath: () => string
}

export interface ScaleApp {
  host: BrowserHost
  page: Page
  /** Milliseconds from the launch call until the page had loaded. */
  launchMs: number
  startedAt: number
}

/** Launches the app on the profile; `startedAt` is taken before Chromium starts. */
export async function launchScaleApp(options: ScaleAppOptions): Promise<ScaleApp> {
  const startedAt = performance.now()
  const host = await launchBrowserHost({
    profileDir: options.profileDir,
    appRoot: options.appRoot,
    headless: true,
    dialogs: {
      importSources: () => Promise.resolve([options.importFolder]),
      savePath: () => Promise.resolve(options.nextBackupPath()),
      openBackup: () => Promise.resolve(null),
    },
  })
  return { host, page: host.page, launchMs: performance.now() - startedAt, startedAt }
}

/** The largest renderer's resident memory (the app page, Dexie and the search worker), MB. */
export async function rendererRssMb(page: Page): Promise<number> {
  const pids = await rendererPids(page)
  return Math.max(0, ...(await Promise.all(pids.map((pid) => statusMb(pid, 'VmRSS')))))
}

/** The largest renderer's high-water mark since this launch, MB. */
export async function rendererHwmMb(page: Page): Promise<number> {
  const pids = await rendererPids(page)
  return Math.max(0, ...(await Promise.all(pids.map((pid) => statusMb(pid, 'VmHWM')))))
}

/** The page's JS heap in use (main thread; the workers' isolates are not counted), MB. */
export async function jsHeapMb(page: Page, collect: boolean): Promise<number> {
  const session = await page.context().newCDPSession(page)
  try {
    if (collect) for (let i = 0; i < 2; i++) await session.send('HeapProfiler.collectGarbage')
    const { usedSize } = await session.send('Runtime.getHeapUsage')
    return usedSize / 2 ** 20
  } finally {
    await session.detach()
  }
}

/** Samples the renderer's RSS twice a second while the app runs; the peak of each phase. */
export class MemoryWatch {
  private timer: NodeJS.Timeout | null = null
  private current = 'start'
  readonly peaks = new Map<string, number>()

  watch(page: Page): void {
    this.stop()
    this.timer = setInterval(() => {
      void rendererRssMb(page)
        .then((mb) => {
          this.peaks.set(this.current, Math.max(this.peaks.get(this.current) ?? 0, mb))
        })
        .catch(() => undefined)
    }, 500)
  }

  phase(name: string): void {
    this.current = name
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer)
    this.timer = null
  }

  peak(): number {
    return Math.max(0, ...this.peaks.values())
  }
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms))
