// Electron entry: one instance, the app:// origin, hardening, IPC, menu, the main window.
import { app, dialog } from 'electron'
import type { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { appEntryUrl, appOrigin } from '../shared/app-origin'
import type { MenuCommand } from '../shared/api/contract'
import { eventChannels } from '../shared/api/contract'
import { createTranslator } from '../shared/locales/translator'
import type { Locale } from '../shared/locales/types'
import { installMenu } from './electron/menu'
import { registerIpcHandlers } from './electron/ipc'
import { handleAppProtocol, registerAppScheme } from './electron/app-protocol'
import { importProcessLauncher } from './electron/import-process'
import { printPageToPdf, printPageToPrinter } from './electron/print-window'
import { installSecurityPolicy } from './electron/security'
import { systemDialogs } from './electron/dialogs'
import { createMainWindow } from './electron/window'
import { createHandlers } from './handlers'
import type { Host } from './host'
import { createMainServices } from './services/main-services'
import { systemKeychain } from './electron/keychain'
import { writeFileAtomic } from './services/atomic-file'

registerAppScheme()

// In development electron-vite serves the renderer itself; production always uses app://.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const rendererOrigin = devServerUrl === undefined ? appOrigin : new URL(devServerUrl).origin
const trustedOrigins = [...new Set([appOrigin, rendererOrigin])]

let mainWindow: BrowserWindow | null = null

function resourcesDir(): string {
  // Resources are unpacked from the asar archive (electron-builder `asarUnpack`).
  return join(app.getAppPath(), 'resources').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')
}

function sendCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(eventChannels.menuCommand, command)
}

const dialogs = systemDialogs(() => mainWindow)

async function savePdf(
  pathAndHash: string,
  suggestedName: string,
  locale: Locale,
): Promise<{ path: string } | null> {
  const path = await dialogs.choosePdfTarget(suggestedName, locale)
  if (path === null) return null
  await writeFileAtomic(path, await printPageToPdf(`${rendererOrigin}${pathAndHash}`))
  return { path }
}

async function start(): Promise<void> {
  const host: Host = {
    kind: 'electron',
    version: app.getVersion(),
    platform: process.platform,
    chooseImportSources: dialogs.chooseImportSources,
    chooseBackupTarget: dialogs.chooseBackupTarget,
    chooseBackupSource: dialogs.chooseBackupSource,
    chooseCitationTarget: dialogs.chooseCitationTarget,
    setTaskbarProgress: (fraction) => mainWindow?.setProgressBar(fraction ?? -1),
    printPage: (pathAndHash) => printPageToPrinter(`${rendererOrigin}${pathAndHash}`),
    savePdf,
    startImportWorker: importProcessLauncher(
      join(__dirname, 'import-worker.js'),
      () => mainWindow?.webContents ?? null,
    ),
    send: (event, payload) => mainWindow?.webContents.send(eventChannels[event], payload),
    localeChanged: (locale) => {
      installMenu(createTranslator(locale), process.platform, sendCommand)
    },
  }
  const services = await createMainServices({
    host,
    profileDir: app.getPath('userData'),
    resourcesDir: resourcesDir(),
    secrets: systemKeychain,
  })
  handleAppProtocol(join(__dirname, '../renderer'))
  installSecurityPolicy(trustedOrigins)
  registerIpcHandlers(createHandlers(services), services.access, trustedOrigins)
  installMenu(createTranslator(services.settings.current.locale), process.platform, sendCommand)
  const preload = join(__dirname, '../preload/index.js')
  mainWindow = createMainWindow(services.settings, preload, devServerUrl ?? appEntryUrl)
  mainWindow.on('closed', () => {
    mainWindow = null
    services.imports.stopAll()
  })
  // A renderer that crashed will never take the rest of its imports.
  mainWindow.webContents.on('render-process-gone', () => {
    services.imports.stopAll()
  })
  app.on('before-quit', () => {
    services.imports.stopAll()
    void services.backups.closeAll()
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => {
    app.quit()
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('新闻档案 Newsroom Archive', String(error))
      app.quit()
    })
}
