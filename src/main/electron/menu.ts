// The application menu, in the user's language, with the shortcuts correspondents expect:
// Ctrl/Cmd+O import, Ctrl/Cmd+F search, Ctrl/Cmd+P print, Ctrl/Cmd+Shift+H highlight the
// selected words, Ctrl/Cmd+Shift+N every note.
import { Menu } from 'electron'
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/api/contract'
import type { Translate } from '../../shared/locales/translator'

export function menuTemplate(
  t: Translate,
  platform: string,
  command: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin'
  const item = (label: string, accelerator: string, name: MenuCommand) => ({
    label: t(label),
    accelerator,
    click: () => {
      command(name)
    },
  })
  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      item('menu.import', 'CmdOrCtrl+O', 'import'),
      item('menu.print', 'CmdOrCtrl+P', 'print'),
      { type: 'separator' },
      item('menu.backup', 'CmdOrCtrl+Shift+S', 'backup'),
      item('menu.restore', 'CmdOrCtrl+Shift+O', 'restore'),
      { type: 'separator' },
      isMac ? { role: 'close', label: t('menu.close') } : { role: 'quit', label: t('menu.quit') },
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      // The renderer undoes typing in a text field, else the last change to the archive.
      item('menu.undo', 'CmdOrCtrl+Z', 'undo'),
      item('menu.redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y', 'redo'),
      { type: 'separator' },
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
      { type: 'separator' },
      item('menu.search', 'CmdOrCtrl+F', 'search'),
      item('menu.highlight', 'CmdOrCtrl+Shift+H', 'highlight'),
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      item('menu.duplicates', 'CmdOrCtrl+Shift+D', 'duplicates'),
      item('menu.notes', 'CmdOrCtrl+Shift+N', 'notes'),
      { type: 'separator' },
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
    ],
  }
  const window: MenuItemConstructorOptions = {
    label: t('menu.window'),
    submenu: [
      { role: 'minimize', label: t('menu.minimize') },
      { role: 'close', label: t('menu.close') },
    ],
  }
  const help: MenuItemConstructorOptions = {
    label: t('menu.help'),
    submenu: [
      {
        label: t('menu.about'),
        click: () => {
          command('about')
        },
      },
    ],
  }
  const appMenu: MenuItemConstructorOptions = {
    label: t('name'),
    submenu: [
      { role: 'about', label: t('menu.about') },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: t('menu.quit') },
    ],
  }
  return [...(isMac ? [appMenu] : []), file, edit, view, window, help]
}

export function installMenu(
  t: Translate,
  platform: string,
  command: (command: MenuCommand) => void,
): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(t, platform, command)))
}
