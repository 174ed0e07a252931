// The locale key (namespace `archive`) for whatever an archive operation threw.
import { BackupFormatError } from '../../core/archive/backup-format'
import { isApiFailure, systemErrorCode, systemErrorParams } from '../../shared/system-error'
import { ArchiveStorageError, isStorageFailure, toStorageError } from '../db/errors'

export interface ErrorMessage {
  key: string
  params: Record<string, string | number>
}

export function archiveErrorMessage(error: unknown): ErrorMessage {
  if (error instanceof BackupFormatError) {
    return { key: `backupError.${error.code}`, params: { line: error.line ?? 0 } }
  }
  if (error instanceof ArchiveStorageError) return { key: error.messageKey, params: {} }
  if (isStorageFailure(error)) return { key: toStorageError(error).messageKey, params: {} }
  return { key: 'error.storageFailed', params: {} }
}

/**
 * What a backup or restore threw. The backup file lives in main: its failures (disk full, no
 * permission) arrive as API errors and are told as the system's problem, detail kept; the
 * archive's own failures as archiveErrorMessage.
 */
export function backupErrorMessage(error: unknown): ErrorMessage {
  if (isApiFailure(error) || systemErrorCode(error) !== 'other') {
    return { key: 'backupError.fileSystem', params: systemErrorParams(error) }
  }
  return archiveErrorMessage(error)
}
