// The shell's dialogs and the actions that open them: print (the selection, else the results,
// else the open article; at most 200), delete with confirmation, and deleting with an undo
// notice. An archive operation that fails says why; nothing is swallowed.
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArchiveHistory } from '../archive/archive-history'
import { deleteArticles } from '../archive/article-edits'
import { useStorageMessage } from '../archive/use-storage-message'
import { emptySelection } from '../list/selection'
import type { Selection } from '../list/selection'
import type { Notice } from '../ui/notice'
import type { AppDialog } from './AppDialogs'

/** Articles printed at once, at most: a preview lays out every page. */
const maxPrintArticles = 200

export interface DialogDeps {
  history: ArchiveHistory
  show: (notice: Notice) => void
  targets: (useResults: boolean) => string[]
  /** The search shown, which names a PDF of what is printed from it. */
  query: string
  setSelection: (selection: Selection) => void
}

export function useAppDialogs({ history, show, targets, query, setSelection }: DialogDeps) {
  const { t } = useTranslation()
  const [dialog, setDialog] = useState<AppDialog | null>(null)
  const storageMessage = useStorageMessage()
  const close = useCallback(() => {
    setDialog(null)
  }, [])
  const openPrint = useCallback(() => {
    const ids = targets(true)
    if (ids.length === 0) {
      show({ message: t('printNothing') })
      return
    }
    if (ids.length > maxPrintArticles) {
      show({ message: t('printLimit', { count: ids.length, limit: maxPrintArticles }) })
    }
    setDialog({ kind: 'print', ids: ids.slice(0, maxPrintArticles), subject: query })
  }, [query, show, t, targets])
  const confirmDelete = useCallback((ids: string[]) => {
    if (ids.length > 0) setDialog({ kind: 'delete', ids })
  }, [])
  /** Runs an archive operation; a failure (disk full, a conflict) is told, never swallowed. */
  const attempt = useCallback(
    (work: () => Promise<unknown>) => {
      work().catch((error: unknown) => {
        show({ message: storageMessage(error), tone: 'error' })
      })
    },
    [show, storageMessage],
  )
  const remove = useCallback(
    (ids: string[]) => {
      attempt(async () => {
        const outcome = await deleteArticles(history, ids)
        if (!outcome.ok) return
        setSelection(emptySelection)
        show({
          message: t('archive:articles.deleted', { count: ids.length }),
          action: {
            label: t('archive:articles.undo'),
            run: () => {
              attempt(() => history.undo())
            },
          },
        })
      })
    },
    [attempt, history, setSelection, show, t],
  )
  return { dialog, setDialog, close, openPrint, confirmDelete, attempt, remove }
}
