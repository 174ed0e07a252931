// Chromium half of `npm run bench:restore`: backs up and restores through the built app in the
// browser host exactly as a user would (Ctrl+Shift+S, the first-run screen's “从备份恢复…”, the
// preview, 恢复), timing each step and sampling memory while it runs.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchBrowserHost } from '../../src/browser-host/host'
import type { BrowserHost } from '../../src/browser-host/host'
import { withMemoryPeaks } from './app-memory'
import type { MemoryPeaks } from './app-memory'

const longWait = { timeout: 3_600_000 }

export interface BenchApp {
  host: BrowserHost
  close(): Promise<void>
}

/** The built app in a fresh profile; the dialogs answer with these paths. */
export async function openBenchApp(
  appRoot: string,
  paths: { importFolder?: string; savePath?: string; openBackup?: string },
): Promise<BenchApp> {
  const profileDir = await mkdtemp(join(tmpdir(), 'bench-restore-profile-'))
  const host = await launchBrowserHost({
    profileDir,
    appRoot,
    headless: true,
    dialogs: {
      importSources: () =>
        Promise.resolve(paths.importFolder === undefined ? null : [paths.importFolder]),
      savePath: () => Promise.resolve(paths.savePath ?? null),
      openBackup: () => Promise.resolve(paths.openBackup ?? null),
    },
  })
  await host.page.getByRole('button', { name: '导入示例档案' }).waitFor()
  return {
    host,
    close: async () => {
      await host.close()
      await rm(profileDir, { recursive: true, force: true })
    },
  }
}

export interface StepFigures {
  seconds: number
  peaks: MemoryPeaks
}

/** Backs the whole archive up to the save path the dialogs answer with. */
export async function backUpThroughMenu(app: BenchApp): Promise<StepFigures> {
  const { page } = app.host
  const started = performance.now()
  const { peaks } = await withMemoryPeaks(page, async () => {
    await page.keyboard.press('Control+Shift+S')
    await page.locator('.notice-bar').filter({ hasText: '备份已保存到' }).waitFor(longWait)
  })
  return { seconds: (performance.now() - started) / 1000, peaks }
}

export interface RestoreFigures {
  /** Reading and checking the file for the preview. */
  scan: StepFigures
  /** Writing it after 恢复, until the archive says it is done. */
  write: StepFigures
  /** The notice's own words: what was added, updated, kept. */
  report: string
}

/** Restores the backup the dialogs answer with into the (empty) archive, from the first-run screen. */
export async function restoreFromFirstRun(app: BenchApp): Promise<RestoreFigures> {
  const { page } = app.host
  const preview = page.getByRole('dialog', { name: /^从备份恢复/u })
  let started = performance.now()
  const scan = await withMemoryPeaks(page, async () => {
    await page.getByRole('button', { name: '从备份恢复…' }).click()
    await preview.getByRole('button', { name: '恢复' }).waitFor(longWait)
  })
  const scanSeconds = (performance.now() - started) / 1000
  started = performance.now()
  const notice = page.locator('.notice-bar').filter({ hasText: '恢复完成' })
  const write = await withMemoryPeaks(page, async () => {
    await preview.getByRole('button', { name: '恢复' }).click()
    await notice.waitFor(longWait)
  })
  return {
    scan: { seconds: scanSeconds, peaks: scan.peaks },
    write: { seconds: (performance.now() - started) / 1000, peaks: write.peaks },
    report: (await notice.textContent()) ?? '',
  }
}
