// The main window: sandboxed, isolated, no Node; reopens where the user left it.
import { BrowserWindow, screen } from 'electron'
import type { SettingsStore } from '../services/settings-store'
import { restorableBounds } from '../services/window-placement'

export const secureWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const

export function createMainWindow(
  settings: SettingsStore,
  preload: string,
  entryUrl: string,
): BrowserWindow {
  const saved = settings.current.window
  const displays = screen.getAllDisplays().map((display) => display.workArea)
  const bounds = restorableBounds(saved, displays)
  const window = new BrowserWindow({
    width: bounds?.width ?? 1360,
    height: bounds?.height ?? 860,
    ...(bounds === null ? {} : { x: bounds.x, y: bounds.y }),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: '新闻档案',
    backgroundColor: '#f7f5f0',
    webPreferences: { ...secureWebPreferences, preload },
  })
  if (saved?.maximized === true) window.maximize()
  window.once('ready-to-show', () => {
    window.show()
  })
  window.on('close', () => {
    const placement = { bounds: window.getNormalBounds(), maximized: window.isMaximized() }
    void settings.update({ window: placement })
  })
  void window.loadURL(entryUrl)
  return window
}
