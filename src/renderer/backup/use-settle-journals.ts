// At start, restores of earlier sessions are settled once per window (restore-journal.ts): a
// finished one's journal is dropped, one cut off by a crash or a quit is taken back and said so.
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { settleJournals } from '../archive/restore-journal'
import type { SettledJournals } from '../archive/restore-journal'
import type { ArchiveDatabase } from '../db/database'
import type { Notice } from '../ui/notice'

const settling = new WeakMap<ArchiveDatabase, Promise<SettledJournals>>()

function settleOnce(database: ArchiveDatabase): Promise<SettledJournals> {
  let settled = settling.get(database)
  if (settled === undefined) {
    settled = settleJournals(database)
    settling.set(database, settled)
  }
  return settled
}

export function useSettleJournals(
  database: ArchiveDatabase,
  show: (notice: Notice) => void,
  failed: (error: unknown) => void,
): void {
  const { t } = useTranslation('archive')
  useEffect(() => {
    let live = true
    settleOnce(database).then(
      ({ rolledBack }) => {
        if (live && rolledBack > 0) show({ message: t('backup.rolledBack', { count: rolledBack }) })
      },
      (error: unknown) => {
        if (live) failed(error)
      },
    )
    return () => {
      live = false
    }
  }, [database, failed, show, t])
}
