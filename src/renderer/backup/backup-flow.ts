// Backing up and restoring through main: the archive leaves and enters as a stream of bounded
// chunks, so neither side holds a whole backup in one message. Main writes to a temporary file
// and renames it only when complete.
import type { NewsroomApi } from '../../shared/api/contract'
import { BACKUP_EXTENSION } from '../../core/archive/backup-format'
import { exportArchive } from './backup-export'
import { restoreArchive } from './backup-restore'
import type { RestoreProgress, RestoreReport } from './backup-restore'
import { recordBackupDone } from './backup-reminder'
import type { ArchiveDatabase } from '../db/database'

/** Main takes chunks of at most 4 MiB in either direction (src/main/services/backup-files). */
const chunkLimit = 4 * 1024 * 1024

/** A chunk cut to what one message may carry: Chinese text is 3 bytes a character in UTF-8. */
function* slices(chunk: Uint8Array): Generator<Uint8Array> {
  for (let start = 0; start < chunk.byteLength; start += chunkLimit) {
    yield chunk.subarray(start, start + chunkLimit)
  }
}

export function backupFileName(now: Date): string {
  const day = now.toISOString().slice(0, 10)
  return `新闻档案-${day}.${BACKUP_EXTENSION}`
}

/** Asks where, writes the whole archive, records the backup time. Null when cancelled. */
export async function backUpArchive(
  api: NewsroomApi,
  database: ArchiveDatabase,
  now = new Date(),
): Promise<{ path: string } | null> {
  const target = await api.beginBackupWrite(backupFileName(now))
  if (target === null) return null
  try {
    for await (const chunk of exportArchive(database, now.getTime())) {
      for (const slice of slices(chunk)) await api.writeBackupChunk(target.token, slice)
    }
    const written = await api.finishBackupWrite(target.token)
    await recordBackupDone(database, now.getTime())
    return written
  } catch (error) {
    await api.abortBackupWrite(target.token)
    throw error
  }
}

/** A backup file in main, as a stream the restore reads at its own pace. */
function backupStream(api: NewsroomApi, token: string): ReadableStream<Uint8Array> {
  let offset = 0
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await api.readBackupChunk(token, offset, chunkLimit)
      if (chunk.byteLength === 0) {
        controller.close()
        return
      }
      offset += chunk.byteLength
      controller.enqueue(chunk)
    },
  })
}

/**
 * Asks for a backup (or a colleague's export) and merges it into the archive: stable ids, newer
 * edits win, both tag sets kept, nothing twice. Null when cancelled; a bad file throws and
 * writes nothing.
 */
export async function restoreFromBackup(
  api: NewsroomApi,
  database: ArchiveDatabase,
  onProgress?: (progress: RestoreProgress) => void,
): Promise<RestoreReport | null> {
  const source = await api.beginBackupRead()
  if (source === null) return null
  try {
    return await restoreArchive(database, backupStream(api, source.token), { onProgress })
  } finally {
    await api.endBackupRead(source.token)
  }
}
