// When to remind the user to back up: only if there is something to lose (the archive changed
// since the last backup) and the last backup is older than the chosen interval, or there has
// never been one. Snoozing postpones the reminder, it does not turn it off.
import { DAY_MS } from '../../shared/dates'

export const DEFAULT_BACKUP_INTERVAL_DAYS = 7

export interface BackupReminderInput {
  now: number
  articleCount: number
  /** Earliest import, epoch ms; null for an empty archive. */
  firstChangeAt: number | null
  /** Latest import or edit, epoch ms; null for an empty archive. */
  lastChangeAt: number | null
  lastBackupAt: number | null
  snoozedUntil?: number | null
  intervalDays?: number
}

export type BackupReminder =
  { due: false } | { due: true; reason: 'never' } | { due: true; reason: 'old'; days: number }

export function backupReminder(input: BackupReminderInput): BackupReminder {
  const interval = (input.intervalDays ?? DEFAULT_BACKUP_INTERVAL_DAYS) * DAY_MS
  if (input.articleCount === 0 || input.lastChangeAt === null || input.firstChangeAt === null) {
    return { due: false }
  }
  if ((input.snoozedUntil ?? 0) > input.now) return { due: false }
  if (input.lastBackupAt === null) {
    // A first reminder a day after the archive was started, not in the middle of the first import.
    return input.now - input.firstChangeAt >= DAY_MS
      ? { due: true, reason: 'never' }
      : { due: false }
  }
  if (input.lastChangeAt <= input.lastBackupAt) return { due: false }
  const age = input.now - input.lastBackupAt
  return age > interval
    ? { due: true, reason: 'old', days: Math.floor(age / DAY_MS) }
    : { due: false }
}
