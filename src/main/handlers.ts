// The main-process side of every API operation. Hosts (Electron, browser host) call these only
// through `dispatch`, which checks the sender and the arguments first.
import type { InvokeArgs, InvokeName, InvokeResult } from '../shared/api/contract'
import type { Host } from './host'
import { writeFileAtomic } from './services/atomic-file'
import type { BackupFiles } from './services/backup-files'
import type { ImportAccess } from './services/import-access'
import type { ImportJobs } from './services/import-jobs'
import { printPageUrl, suggestedPdfName } from './services/print-page-url'
import type { SettingsStore } from './services/settings-store'
import type { SyncServerStore } from './sync/sync-server'
import { replied } from './sync/sync-reply'

export type Handlers = {
  [K in InvokeName]: (...args: InvokeArgs<K>) => Promise<InvokeResult<K>>
}

export interface Services {
  host: Host
  settings: SettingsStore
  imports: ImportJobs
  backups: BackupFiles
  /** Paths the user chose, dropped or was offered: the only ones an import may read. */
  access: ImportAccess
  /** Files of the bundled sample archive. */
  samplePaths: () => Promise<string[]>
  /** The bureau server this laptop syncs with. */
  sync: SyncServerStore
}

export function createHandlers(services: Services): Handlers {
  const { host, settings, imports, backups, access, samplePaths, sync } = services

  const granted = (paths: string[] | null) => {
    if (paths !== null) access.grant(paths)
    return paths
  }
  return {
    getAppInfo: () =>
      Promise.resolve({
        name: 'Newsroom Archive',
        version: host.version,
        platform: host.platform,
        host: host.kind,
      }),
    getSettings: () => Promise.resolve({ locale: settings.current.locale }),
    setLocale: async (locale) => {
      await settings.update({ locale })
      host.localeChanged(locale)
    },
    chooseImportSources: async (kind) =>
      granted(await host.chooseImportSources(kind, settings.current.locale)),
    sampleImportSources: async () => granted(await samplePaths()) ?? [],
    startImport: (request) => {
      const refused = request.paths.find((path) => !access.allows(path))
      if (refused !== undefined) {
        return Promise.reject(new Error(`Refused: ${refused} was not chosen by the user.`))
      }
      // The worker resolves every path it reaches and reads only what stays inside the grant.
      return Promise.resolve(imports.start(request, access.paths()))
    },
    beginBackupWrite: async (name) => {
      const path = await host.chooseBackupTarget(name, settings.current.locale)
      return path === null ? null : { token: await backups.beginWrite(path), path }
    },
    writeBackupChunk: (token, chunk) => backups.write(token, chunk),
    finishBackupWrite: async (token) => ({ path: await backups.finishWrite(token) }),
    abortBackupWrite: (token) => backups.abortWrite(token),
    beginBackupRead: async () => {
      const path = await host.chooseBackupSource(settings.current.locale)
      return path === null ? null : { ...(await backups.beginRead(path)), path }
    },
    readBackupChunk: (token, offset, length) => backups.read(token, offset, length),
    endBackupRead: (token) => backups.endRead(token),
    printArticles: (job) => host.printPage(printPageUrl('', job)),
    savePrintPdf: (job) =>
      host.savePdf(printPageUrl('', job), suggestedPdfName(job), settings.current.locale),
    saveCitationFile: async (name, text) => {
      const path = await host.chooseCitationTarget(name, settings.current.locale)
      if (path === null) return null
      await writeFileAtomic(path, text)
      return { path }
    },
    setTaskbarProgress: (fraction) => {
      host.setTaskbarProgress(fraction)
      return Promise.resolve()
    },
    getSyncServer: () => Promise.resolve(sync.describe()),
    setSyncServer: (input) => sync.configure(input),
    forgetSyncServer: () => sync.forget(),
    syncChanges: (since, limit) => replied(sync, (remote) => remote.changes(since, limit)),
    syncBulkDocs: (docs) => replied(sync, (remote) => remote.bulkDocs(docs)),
    syncFetch: (ids) => replied(sync, (remote) => remote.fetch(ids)),
    syncWait: (since, seconds) => replied(sync, (remote) => remote.wait(since, seconds)),
  }
}
