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
