// Backing up and restoring through main: the archive leaves and enters as a stream of bounded
// chunks, so neither side holds a whole backup in one message; a backup is made off the page's
// thread, in the backup worker. Main writes to a temporary file
// and renames it only when complete; a restore reads the file slice by slice (backup-restore.ts).
import type { NewsroomApi } from '../../shared/api/contract'
import { BACKUP_EXTENSION } from '../../core/archive/backup-format'
import { localIsoDate } from '../../shared/dates'
import type { BackupProgress } from './backup-export'
import { exportInWorker } from './backup-client'
import type { BackupSource } from './backup-restore'
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
  const day = localIsoDate(now)
  return `新闻档案-${day}.${BACKUP_EXTENSION}`
}

/** Asks where, writes the whole archive (made in the backup worker, written to main chunk by
 * chunk while the next is made), records the backup time. Null when cancelled. */
export async function backUpArchive(
  api: NewsroomApi,
  database: ArchiveDatabase,
  now = new Date(),
  onProgress?: BackupProgress,
): Promise<{ path: string } | null> {
  const target = await api.beginBackupWrite(backupFileName(now))
  if (target === null) return null
  try {
    const write = async (chunk: Uint8Array) => {
      for (const slice of slices(chunk)) await api.writeBackupChunk(target.token, slice)
    }
    await exportInWorker(database.name, now.getTime(), write, onProgress)
    const written = await api.finishBackupWrite(target.token)
    await recordBackupDone(database, now.getTime())
    return written
  } catch (error) {
    await api.abortBackupWrite(target.token)
    throw error
  }
}

/** The backup (or colleague's export) the user chooses, read from main in bounded slices at the
 * restore's own pace; null when cancelled. `close` lets main release the file. */
export async function openBackupFile(
  api: NewsroomApi,
): Promise<{ source: BackupSource; close: () => Promise<void> } | null> {
  const handle = await api.beginBackupRead()
  if (handle === null) return null
  const name = handle.path.split(/[\\/]/).pop() ?? handle.path
  return {
    source: {
      name,
      size: handle.size,
      read: (offset, length) =>
        api.readBackupChunk(handle.token, offset, Math.min(length, chunkLimit)),
    },
    close: () => api.endBackupRead(handle.token),
  }
}
