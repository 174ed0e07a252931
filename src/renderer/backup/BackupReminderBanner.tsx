// The “backup is old” reminder: shown only when the archive changed since a backup older than
// the interval (or there never was one). `onBackUp` starts the backup (main's save dialog and
// atomic write); the caller records it with `recordBackupDone` once the file is written.
import { useTranslation } from 'react-i18next'
import type { ArchiveDatabase } from '../db/database'
import { useArchiveQuery } from '../db/use-archive-query'
import { loadBackupReminder, snoozeBackupReminder } from './backup-reminder'
import { DAY_MS } from '../../shared/dates'

export interface BackupReminderBannerProps {
  database: ArchiveDatabase
  onBackUp: () => void
  /** How long “later” postpones the reminder. */
  snoozeMs?: number
  /** The clock (a stable function: a new one each render re-runs the query). */
  now?: () => number
}

export function BackupReminderBanner({
  database,
  onBackUp,
  snoozeMs = DAY_MS,
  now = Date.now,
}: BackupReminderBannerProps) {
  const { t } = useTranslation('archive')
  // Counts the archive: re-run at most every few seconds, not after every import batch.
  const reminder = useArchiveQuery(
    database,
    () => loadBackupReminder(database, now()),
    [database, now],
    {
      intervalMs: 5000,
      tables: ['articles', 'tagLists', 'settings'],
    },
  )
  if (reminder?.due !== true) return null
  return (
    <div className="backup-reminder" role="alert">
      <span>
        {reminder.reason === 'never'
          ? t('backup.reminderNever')
          : t('backup.reminderOld', { days: reminder.days })}
      </span>
      <button type="button" onClick={onBackUp}>
        {t('backup.backupNow')}
      </button>
      <button type="button" onClick={() => void snoozeBackupReminder(database, now() + snoozeMs)}>
        {t('backup.later')}
      </button>
    </div>
  )
}
