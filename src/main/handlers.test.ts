// The handlers' own rules, with a stand-in host: imports read only what the user chose;
// citations are written only where the user chose.
import { describe, expect, it } from 'vitest'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { validateArguments } from '../shared/api/validation'
import { createHandlers } from './handlers'
import type { Host } from './host'
import { BackupFiles } from './services/backup-files'
import { ImportAccess } from './services/import-access'
import { ImportJobs } from './services/import-jobs'
import { SettingsStore } from './services/settings-store'

async function setup(chosen: string[]) {
  const started: string[][] = []
  const grants: (string[] | undefined)[] = []
  const host = {
    chooseImportSources: () => Promise.resolve(chosen),
  } as unknown as Host
  const imports = new ImportJobs(
    (request) => {
      started.push(request.paths)
      grants.push(request.granted)
      return { ack: () => undefined, cancel: () => undefined, done: new Promise(() => undefined) }
    },
    () => undefined,
  )
  const handlers = createHandlers({
    host,
    settings: new SettingsStore(await mkdtemp(join(tmpdir(), 'newsroom-handlers-'))),
    imports,
    backups: new BackupFiles(),
    access: new ImportAccess(),
    samplePaths: () => Promise.resolve([]),
  })
  return { handlers, started, grants }
}

describe('import handlers', () => {
  it('import what the user chose in the dialog, and files inside chosen folders', async () => {
    const folder = join(tmpdir(), 'pages')
    const { handlers, started } = await setup([folder])
    expect(await handlers.chooseImportSources('folders')).toEqual([folder])
    await handlers.startImport({ paths: [folder, join(folder, '2023', 'a.txt')] })
    expect(started).toEqual([[folder, join(folder, '2023', 'a.txt')]])
  })

  it('give the import what the user granted, so it can skip links leading elsewhere', async () => {
    const folder = join(tmpdir(), 'pages')
    const { handlers, grants } = await setup([folder])
    await handlers.chooseImportSources('folders')
    await handlers.startImport({ paths: [join(folder, 'a.txt')] })
    expect(grants).toEqual([[folder]])
  })

  it('refuse any path the user did not choose', async () => {
    const { handlers, started } = await setup([join(tmpdir(), 'pages')])
    await handlers.chooseImportSources('files')
    await expect(
      handlers.startImport({ paths: [join(tmpdir(), 'elsewhere.txt')] }),
    ).rejects.toThrow(/not chosen/)
    expect(started).toEqual([])
  })
})

describe('citation file handler', () => {
  async function citationSetup(answer: string | null) {
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
      imports: new ImportJobs(
        () => ({
          ack: () => undefined,
          cancel: () => undefined,
          done: new Promise(() => undefined),
        }),
        () => undefined,
      ),
      backups: new BackupFiles(),
      access: new ImportAccess(),
      samplePaths: () => Promise.resolve([]),
    })
    return { handlers, asked }
  }

  it('writes the text where the user chose, as UTF-8', async () => {
    const target = join(await mkdtemp(join(tmpdir(), 'newsroom-cite-')), '引用.ris')
    const { handlers, asked } = await citationSetup(target)
    const text = 'TY  - NEWS\r\nTI  - 坚定信心\r\nER  - \r\n'
    expect(await handlers.saveCitationFile('引用-1篇.ris', text)).toEqual({ path: target })
    expect(asked).toEqual(['引用-1篇.ris'])
    expect(await readFile(target, 'utf8')).toBe(text)
  })

  it('writes nothing when the user cancels', async () => {
    const { handlers } = await citationSetup(null)
    expect(await handlers.saveCitationFile('a.txt', 'x')).toBeNull()
  })

  it('takes only a bare .ris, .json or .txt name', () => {
    expect(validateArguments('saveCitationFile', ['引用-2篇.json', '[]']).ok).toBe(true)
    expect(validateArguments('saveCitationFile', ['引用.exe', 'x']).ok).toBe(false)
    expect(validateArguments('saveCitationFile', ['../引用.ris', 'x']).ok).toBe(false)
    expect(validateArguments('saveCitationFile', ['引用.ris', 1]).ok).toBe(false)
  })
})
