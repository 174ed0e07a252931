// The file types the import dialog offers: those the importer reads.
import type { Translate } from '../../shared/locales/translator'

export const importableExtensions = ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] as const

export function importDialogFilters(t: Translate): { name: string; extensions: string[] }[] {
  return [
    { name: t('dialog.importFilter'), extensions: [...importableExtensions] },
    { name: t('dialog.allFiles'), extensions: ['*'] },
  ]
}
