// The file types the import dialog offers: those the importer reads.
import { importableExtensions } from '../../core/import/pipeline'
import type { Translate } from '../../shared/locales/translator'

export function importDialogFilters(t: Translate): { name: string; extensions: string[] }[] {
  return [
    { name: t('dialog.importFilter'), extensions: [...importableExtensions] },
    { name: t('dialog.allFiles'), extensions: ['*'] },
  ]
}
