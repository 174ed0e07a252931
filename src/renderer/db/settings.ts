// Typed access to the settings table for the keys this layer owns.
import type { ArchiveDatabase } from './database'

/** Keys of settings kept in the archive database. */
export const settingKeys = {
  lastBackupAt: 'backup.lastBackupAt',
  backupSnoozedUntil: 'backup.snoozedUntil',
  backupIntervalDays: 'backup.intervalDays',
  dismissedDuplicates: 'duplicates.dismissed',
} as const

export async function readNumberSetting(
  database: ArchiveDatabase,
  key: string,
): Promise<number | null> {
  const record = await database.settings.get(key)
  return typeof record?.value === 'number' ? record.value : null
}

export async function readStringListSetting(
  database: ArchiveDatabase,
  key: string,
): Promise<string[]> {
  const value = (await database.settings.get(key))?.value
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : []
}

export async function writeSetting(
  database: ArchiveDatabase,
  key: string,
  value: unknown,
): Promise<void> {
  await database.settings.put({ key, value })
}
