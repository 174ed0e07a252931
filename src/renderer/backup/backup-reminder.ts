// The backup reminder's inputs from the archive, and what the app records after a backup.
import { backupReminder } from '../../core/archive/reminder'
import type { BackupReminder } from '../../core/archive/reminder'
import { articleCount as countArticles } from '../db/article-memo'
import type { ArchiveDatabase } from '../db/database'
import { readNumberSetting, settingKeys, writeSetting } from '../db/settings'

export async function loadBackupReminder(
  database: ArchiveDatabase,
  now = Date.now(),
): Promise<BackupReminder> {
  const [articleCount, first, lastEdit, lastImport, lastBackupAt, snoozedUntil, interval] =
    await Promise.all([
      countArticles(database),
      database.articles.orderBy('importedAt').first(),
      // An article's version is its tag list's (db/tag-lists.ts): edits and taggings alike.
      database.tagLists.orderBy('updatedAt').last(),
      database.articles.orderBy('importedAt').last(),
      readNumberSetting(database, settingKeys.lastBackupAt),
      readNumberSetting(database, settingKeys.backupSnoozedUntil),
      readNumberSetting(database, settingKeys.backupIntervalDays),
    ])
  const lastChange = Math.max(lastEdit?.updatedAt ?? 0, lastImport?.importedAt ?? 0)
  return backupReminder({
    now,
    articleCount,
    firstChangeAt: first?.importedAt ?? null,
    lastChangeAt: lastChange === 0 ? null : lastChange,
    lastBackupAt,
    snoozedUntil,
    ...(interval === null ? {} : { intervalDays: interval }),
  })
}

/** Call once main has written the backup file (atomically): the reminder starts over. */
export function recordBackupDone(database: ArchiveDatabase, at = Date.now()): Promise<void> {
  return writeSetting(database, settingKeys.lastBackupAt, at)
}

export function snoozeBackupReminder(database: ArchiveDatabase, until: number): Promise<void> {
  return writeSetting(database, settingKeys.backupSnoozedUntil, until)
}
