// The duplicates view in a dialog: the same story on two pages, with keep / merge.
import { Modal } from '../ui/Modal'
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
  return (
    <Modal className="duplicates-dialog" label={t('duplicates.title')} onClose={onClose}>
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
    </Modal>
  )
}
