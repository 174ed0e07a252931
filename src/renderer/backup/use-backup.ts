// Backing up from the UI: runs the flow, reports progress and the outcome as notices in the
// user's language. A failed or cancelled backup leaves the previous file untouched. (Restoring:
// use-restore.ts.)
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { NewsroomApi } from '../../shared/api/contract'
import { backupFailureNotice } from './backup-failure'
import type { Notice } from '../ui/notice'
import type { ArchiveDatabase } from '../db/database'
import { backUpArchive } from './backup-flow'

export function useBackup(
  api: NewsroomApi | null,
  database: ArchiveDatabase,
  show: (notice: Notice) => void,
): { busy: string | null; backUp: () => Promise<void> } {
  const { t } = useTranslation('archive')
  const [busy, setBusy] = useState<string | null>(null)
  const failed = useCallback(
    (error: unknown) => {
      show(backupFailureNotice(error, t))
    },
    [show, t],
  )
  const backUp = useCallback(async () => {
    if (api === null) return
    setBusy(t('backup.exporting', { articles: '…' }))
    try {
      const written = await backUpArchive(api, database, new Date(), (done, total) => {
        setBusy(t('backup.exportingCount', { done, total }))
      })
      if (written !== null) show({ message: t('backup.saved', { path: written.path }) })
    } catch (error) {
      failed(error)
    } finally {
      setBusy(null)
    }
  }, [api, database, failed, show, t])
  return { busy, backUp }
}
