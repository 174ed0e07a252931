// Builds the main-process services once, for whichever host runs them (Electron or the
// browser host), so both bind exactly the same handlers.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Host } from '../host'
import type { Services } from '../handlers'
import { BackupFiles } from './backup-files'
import { ImportAccess } from './import-access'
import { ImportJobs } from './import-jobs'
import { SettingsStore } from './settings-store'
import { SyncServerStore } from '../sync/sync-server'
import type { SecretBox } from '../sync/sync-server'

export interface MainServicesOptions {
  host: Host
  /** Where settings.json lives (Electron's userData, or the browser host's profile). */
  profileDir: string
  /** The app's `resources/` folder. */
  resourcesDir: string
  /** The system keychain, for the bureau server's password. */
  secrets: SecretBox
}

export type MainServices = Services & {
  imports: ImportJobs
  backups: BackupFiles
  access: ImportAccess
}

export async function createMainServices(options: MainServicesOptions): Promise<MainServices> {
  const settings = new SettingsStore(options.profileDir)
  await settings.load()
  const sync = new SyncServerStore(options.profileDir, options.secrets)
  await sync.load()
  const imports = new ImportJobs(options.host.startImportWorker, (event) => {
    options.host.send('importEvent', event)
  })
  return {
    host: options.host,
    settings,
    imports,
    backups: new BackupFiles(),
    access: new ImportAccess(),
    samplePaths: () => sampleFiles(join(options.resourcesDir, 'sample')),
    sync,
  }
}

/** Every page file of the bundled sample archive (its README is not an article). */
async function sampleFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}
