// The system dialogs main opens for the renderer: what to import, where to save a PDF, a
// backup or citations, which backup to open. Titles and filters in the user's language; each dialog is modal
// to the window when there is one.
import { app, dialog } from 'electron'
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { extname, join } from 'node:path'
import type { ImportSourceKind } from '../../shared/api/contract'
import { createTranslator } from '../../shared/locales/translator'
import type { Locale } from '../../shared/locales/types'
import { importDialogFilters } from '../services/import-dialog'

type Translate = ReturnType<typeof createTranslator>

async function open(
  window: BrowserWindow | null,
  options: OpenDialogOptions,
): Promise<string[] | null> {
  const result =
    window === null
      ? await dialog.showOpenDialog(options)
      : await dialog.showOpenDialog(window, options)
  return result.canceled ? null : result.filePaths
}

async function save(
  window: BrowserWindow | null,
  options: SaveDialogOptions,
): Promise<string | null> {
  const result =
    window === null
      ? await dialog.showSaveDialog(options)
      : await dialog.showSaveDialog(window, options)
  return result.canceled || result.filePath === '' ? null : result.filePath
}

const backupFilters = (t: Translate) => [
  { name: t('dialog.backupFilter'), extensions: ['jsonl'] },
  { name: t('dialog.allFiles'), extensions: ['*'] },
]

const inDocuments = (name: string): string => join(app.getPath('documents'), name)

/** The dialogs, each opened over whichever window `window()` answers at the time. */
export function systemDialogs(window: () => BrowserWindow | null) {
  return {
    chooseImportSources: (kind: ImportSourceKind, locale: Locale): Promise<string[] | null> => {
      const t = createTranslator(locale)
      return open(window(), {
        title: t('dialog.importTitle'),
        buttonLabel: t('dialog.importButton'),
        filters: importDialogFilters(t),
        properties: [kind === 'files' ? 'openFile' : 'openDirectory', 'multiSelections'],
      })
    },
    choosePdfTarget: (suggestedName: string, locale: Locale): Promise<string | null> => {
      const t = createTranslator(locale)
      return save(window(), {
        title: t('dialog.savePdfTitle'),
        defaultPath: inDocuments(suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      })
    },
    chooseBackupTarget: (suggestedName: string, locale: Locale): Promise<string | null> => {
      const t = createTranslator(locale)
      return save(window(), {
        title: t('dialog.backupTitle'),
        defaultPath: inDocuments(suggestedName),
        filters: backupFilters(t),
      })
    },
    chooseCitationTarget: (suggestedName: string, locale: Locale): Promise<string | null> => {
      const t = createTranslator(locale)
      const extension = extname(suggestedName).slice(1)
      return save(window(), {
        title: t('dialog.citationTitle'),
        defaultPath: inDocuments(suggestedName),
        filters: [
          { name: t(`dialog.citationFilter.${extension}`), extensions: [extension] },
          { name: t('dialog.allFiles'), extensions: ['*'] },
        ],
      })
    },
    chooseBackupSource: async (locale: Locale): Promise<string | null> => {
      const t = createTranslator(locale)
      const paths = await open(window(), {
        title: t('dialog.restoreTitle'),
        filters: backupFilters(t),
        properties: ['openFile'],
      })
      return paths?.[0] ?? null
    },
  }
}
