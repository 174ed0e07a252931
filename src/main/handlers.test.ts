// The handlers' own rules, with a stand-in host: imports read only what the user chose.
import { describe, expect, it } from 'vitest'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHandlers } from './handlers'
import type { Host } from './host'
import { BackupFiles } from './services/backup-files'
import { ImportAccess } from './services/import-access'
import { ImportJobs } from './services/import-jobs'
import { SettingsStore } from './services/settings-store'
import { SyncServerStore } from './sync/sync-server'
import { lockedKeychain } from './sync/testing/keychains'

async function setup(chosen: string[]) {
  const started: string[][] = []
  const grants: string[][] = []
  const host = {
    chooseImportSources: () => Promise.resolve(chosen),
  } as unknown as Host
  const imports = new ImportJobs(
    ({ start }) => {
      started.push(start.request.paths)
      grants.push(start.granted)
      return { exited: new Promise(() => undefined), stop: () => undefined }
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
    sync: new SyncServerStore(tmpdir(), lockedKeychain),
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
