// Citations are written only where the user chose, as the text the renderer sent, and only
// under a bare .ris, .json or .txt name.
import { describe, expect, it } from 'vitest'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { validateArguments } from '../shared/api/validation'
import { createHandlers } from './handlers'
import type { Host } from './host'
import { BackupFiles } from './services/backup-files'
import { ImportAccess } from './services/import-access'
import type { ImportJobs } from './services/import-jobs'
import { SettingsStore } from './services/settings-store'
import { SyncServerStore } from './sync/sync-server'
import { lockedKeychain } from './sync/testing/keychains'

async function setup(answer: string | null) {
  const asked: string[] = []
  const host = {
    chooseCitationTarget: (name: string) => {
      asked.push(name)
      return Promise.resolve(answer)
    },
  } as unknown as Host
  const handlers = createHandlers({
    host,
    settings: new SettingsStore(await mkdtemp(join(tmpdir(), 'newsroom-handlers-'))),
    // Saving citations starts no import.
    imports: {} as unknown as ImportJobs,
    backups: new BackupFiles(),
    access: new ImportAccess(),
    samplePaths: () => Promise.resolve([]),
    sync: new SyncServerStore(tmpdir(), lockedKeychain),
  })
  return { handlers, asked }
}

describe('the citation file handler', () => {
  it('writes the text where the user chose, as UTF-8', async () => {
    const target = join(await mkdtemp(join(tmpdir(), 'newsroom-cite-')), '引用.ris')
    const { handlers, asked } = await setup(target)
    const text = 'TY  - NEWS\r\nTI  - 坚定信心\r\nER  - \r\n'
    expect(await handlers.saveCitationFile('引用-1篇.ris', text)).toEqual({ path: target })
    expect(asked).toEqual(['引用-1篇.ris'])
    expect(await readFile(target, 'utf8')).toBe(text)
  })

  it('writes nothing when the user cancels', async () => {
    const { handlers } = await setup(null)
    expect(await handlers.saveCitationFile('a.txt', 'x')).toBeNull()
  })

  it('takes only a bare .ris, .json or .txt name and a string', () => {
    expect(validateArguments('saveCitationFile', ['引用-2篇.json', '[]']).ok).toBe(true)
    expect(validateArguments('saveCitationFile', ['引用.exe', 'x']).ok).toBe(false)
    expect(validateArguments('saveCitationFile', ['../引用.ris', 'x']).ok).toBe(false)
    expect(validateArguments('saveCitationFile', ['引用.ris', 1]).ok).toBe(false)
  })
})
