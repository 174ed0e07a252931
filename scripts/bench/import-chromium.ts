// Chromium half of `npm run bench:import`: imports a folder of page files into the built app
// through the browser host, exactly as a user would (Import button, the real main-process
// import worker, Dexie transactions in the renderer, the search worker indexing), and measures
// the time until the last article is stored AND found by search, plus peak memory.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { launchBrowserHost } from '../../src/browser-host/host'

export interface ChromiumImportFigures {
  browserVersion: string
  articles: number
  storedSeconds: number
  searchableSeconds: number
  articlesPerSecond: number
  /** Peak resident memory of the renderer process (page, Dexie, search worker), MB. */
  rendererPeakMb: number | null
  /** Peak resident memory of the host process (main-side import worker), MB. */
  hostPeakMb: number
  /** CPU time the import took in the host process (main side, the import worker thread
   * included), and in the renderer processes (page, Dexie, search worker), in seconds: unlike
   * the wall-clock figures, these hardly move when other work shares the machine. */
  hostCpuSeconds: number
  rendererCpuSeconds: number | null
}

/** Summed CPU time of the browser's renderer processes, in seconds. */
async function rendererCpuSeconds(page: Page): Promise<number | null> {
  const session = await page.context().browser()?.newBrowserCDPSession()
  if (session === undefined) return null
  const info = (await session.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; cpuTime: number }[]
  }
  await session.detach()
  return info.processInfo
    .filter((entry) => entry.type === 'renderer')
    .reduce((sum, entry) => sum + entry.cpuTime, 0)
}

const cpuSeconds = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1e6

async function rendererPeakMb(page: Page): Promise<number | null> {
  const session = await page.context().browser()?.newBrowserCDPSession()
  if (session === undefined) return null
  const info = (await session.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[]
  }
  let peak = 0
  for (const process of info.processInfo.filter((entry) => entry.type === 'renderer')) {
    const status = await readFile(`/proc/${process.id}/status`, 'utf8').catch(() => '')
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0)
    peak = Math.max(peak, kb / 1024)
  }
  return peak > 0 ? peak : null
}

/** Imports the folder the dialogs answer with, as a user would from the first-run screen;
 * resolves to the number of articles added once the import has finished. */
export async function importThroughDialog(page: Page): Promise<number> {
  await page.getByRole('button', { name: '选择文件或文件夹…' }).click()
  const dialog = page.getByRole('dialog', { name: '导入文章' })
  await dialog.getByRole('button', { name: '选择文件夹…' }).click()
  await dialog.getByRole('button', { name: '开始导入' }).click()
  const panel = page.getByRole('status', { name: '导入完成' })
  await panel.waitFor({ timeout: 600_000 })
  const summary = (await panel.locator('.import-summary').textContent()) ?? ''
  await panel.getByRole('button', { name: '关闭' }).click()
  return Number(/新增 (\d+) 篇/.exec(summary)?.[1] ?? 0)
}

/** `lastTitle`: the headline of an article imported last; searching it proves the index caught up. */
export async function measureChromiumImport(
  appRoot: string,
  folder: string,
  lastTitle: string,
): Promise<ChromiumImportFigures> {
  const profileDir = await mkdtemp(join(tmpdir(), 'bench-import-profile-'))
  const host = await launchBrowserHost({
    profileDir,
    appRoot,
    headless: true,
    dialogs: {
      importSources: () => Promise.resolve([folder]),
      savePath: () => Promise.resolve(null),
      openBackup: () => Promise.resolve(null),
    },
  })
  try {
    const { page } = host
    await page.getByRole('button', { name: '导入示例档案' }).waitFor()
    const rendererBefore = await rendererCpuSeconds(page)
    const hostBefore = process.cpuUsage()
    const started = performance.now()
    const articles = await importThroughDialog(page)
    const storedSeconds = (performance.now() - started) / 1000
    await page.getByRole('searchbox', { name: '搜索' }).fill(`标题:"${lastTitle}"`)
    await page
      .getByRole('listbox', { name: '搜索结果' })
      .getByRole('option')
      .filter({ hasText: lastTitle })
      .first()
      .waitFor({ timeout: 600_000 })
    const searchableSeconds = (performance.now() - started) / 1000
    const hostCpu = cpuSeconds(process.cpuUsage(hostBefore))
    const rendererAfter = await rendererCpuSeconds(page)
    return {
      browserVersion: host.context.browser()?.version() ?? 'unknown',
      articles,
      storedSeconds,
      searchableSeconds,
      articlesPerSecond: articles / searchableSeconds,
      rendererPeakMb: await rendererPeakMb(page),
      hostPeakMb: process.resourceUsage().maxRSS / 1024,
      hostCpuSeconds: hostCpu,
      rendererCpuSeconds:
        rendererBefore === null || rendererAfter === null ? null : rendererAfter - rendererBefore,
    }
  } finally {
    await host.close()
    await rm(profileDir, { recursive: true, force: true })
  }
}
