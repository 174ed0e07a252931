// One built app per e2e file, run through the browser host in a fresh profile, with the system
// file dialogs answered from queues the tests fill.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { launchBrowserHost } from '../../src/browser-host/host'
import type { BrowserHost } from '../../src/browser-host/host'

export const appRoot = resolve(import.meta.dirname, '../..')
export const screenshots = join(appRoot, 'test-results', 'e2e')

export interface AppSession {
  host: BrowserHost
  profileDir: string
  /** What the next dialogs answer; an empty queue answers "cancelled". */
  answers: {
    importSources: (string[] | null)[]
    savePath: (string | null)[]
    openBackup: (string | null)[]
  }
  /** The file names the save dialogs suggested, in order. */
  suggested: string[]
  close(): Promise<void>
}

export async function openAppSession(): Promise<AppSession> {
  await mkdir(screenshots, { recursive: true })
  const profileDir = await mkdtemp(join(tmpdir(), 'newsroom-e2e-'))
  const answers: AppSession['answers'] = { importSources: [], savePath: [], openBackup: [] }
  const suggested: string[] = []
  const host = await launchBrowserHost({
    profileDir,
    appRoot,
    headless: true,
    dialogs: {
      importSources: () => Promise.resolve(answers.importSources.shift() ?? null),
      savePath: (name) => {
        suggested.push(name)
        return Promise.resolve(answers.savePath.shift() ?? null)
      },
      openBackup: () => Promise.resolve(answers.openBackup.shift() ?? null),
    },
  })
  return {
    host,
    profileDir,
    answers,
    suggested,
    close: async () => {
      await host.close()
      await rm(profileDir, { recursive: true, force: true })
    },
  }
}

/** A session whose archive holds the bundled sample (5 articles), its import report closed. */
export async function openSampleSession(): Promise<AppSession> {
  const session = await openAppSession()
  const { page } = session.host
  await page.getByRole('button', { name: '导入示例档案' }).click()
  const finished = page.getByRole('status', { name: '导入完成' })
  await finished.waitFor({ timeout: 60_000 })
  await finished.getByRole('button', { name: '关闭' }).click()
  return session
}

/** Imports a folder through the import dialog, as a user picking it would; closes the report. */
export async function importFolder(
  session: AppSession,
  folder: string,
  report: string,
): Promise<void> {
  const { page } = session.host
  await page.getByRole('button', { name: '导入', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: '导入文章' })
  session.answers.importSources.push([folder])
  await dialog.getByRole('button', { name: '选择文件夹…' }).click()
  await dialog.getByRole('list', { name: '已选择' }).getByText(folder).waitFor()
  await dialog.getByRole('button', { name: '开始导入' }).click()
  const panel = page.getByRole('status', { name: '导入完成' })
  await panel.getByText(report).waitFor({ timeout: 120_000 })
  await panel.getByRole('button', { name: '关闭' }).click()
}
