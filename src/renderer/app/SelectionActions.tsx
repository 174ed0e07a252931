// What can be done with several selected articles at once: tag them, add them to a collection,
// print them, cite them, delete them.
import { useTranslation } from 'react-i18next'
import type { ArchiveHistory } from '../archive/archive-history'
import type { ArchiveDatabase } from '../db/database'
import { SelectionBar } from '../list/SelectionBar'
import type { Selection } from '../list/selection'
import { TagInput } from '../tags/TagInput'
import { CollectionPicker } from '../saved/CollectionPicker'

export interface SelectionActionsProps {
  database: ArchiveDatabase
  history: ArchiveHistory
  selection: Selection
  onClear: () => void
  onPrint: () => void
  onCite: (ids: string[]) => void
  onDelete: (ids: string[]) => void
  onAdded: (name: string, count: number) => void
  onFailed: (error: unknown) => void
}

export function SelectionActions({
  database,
  history,
  selection,
  onClear,
  onPrint,
  onCite,
  onDelete,
  onAdded,
  onFailed,
}: SelectionActionsProps) {
  const { t } = useTranslation()
  if (selection.ids.size <= 1) return null
  return (
    <SelectionBar count={selection.ids.size} onClear={onClear}>
      <TagInput database={database} history={history} articleIds={[...selection.ids]} />
      <CollectionPicker
        database={database}
        articleIds={[...selection.ids]}
        onAdded={onAdded}
        onFailed={onFailed}
      />
      <button type="button" onClick={onPrint}>
        {t('shell.printButton')}
      </button>
      <button
        type="button"
        onClick={() => {
          onCite([...selection.ids])
        }}
      >
        {t('archive:citation.open')}
      </button>
      <button
        type="button"
        onClick={() => {
          onDelete([...selection.ids])
        }}
      >
        {t('archive:change.delete')}
      </button>
    </SelectionBar>
  )
}
