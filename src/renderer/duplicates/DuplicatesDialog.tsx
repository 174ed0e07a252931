// The duplicates view in a dialog: the same story on two pages, with keep / merge.
import { useShownModal } from '../ui/use-shown-modal'
import { useTranslation } from 'react-i18next'
import { DuplicatesView } from './DuplicatesView'
import type { ArchiveHistory } from '../archive/archive-history'

export interface DuplicatesDialogProps {
  history: ArchiveHistory
  onOpen: (id: string) => void
  onClose: () => void
}

export function DuplicatesDialog({ history, onOpen, onClose }: DuplicatesDialogProps) {
  const { t } = useTranslation('archive')
  const dialog = useShownModal()
  return (
    <dialog
      ref={dialog}
      className="modal duplicates-dialog"
      aria-label={t('duplicates.title')}
      onClose={onClose}
    >
      <DuplicatesView
        database={history.database}
        history={history}
        onOpen={(id) => {
          onOpen(id)
          onClose()
        }}
      />
      <footer>
        <button type="button" onClick={onClose}>
          {t('tags.cancel')}
        </button>
      </footer>
    </dialog>
  )
}
