// The locale key (namespace `archive`) for whatever an archive operation threw.
import { BackupFormatError } from '../../core/archive/backup-format'
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
