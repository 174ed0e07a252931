// The page's side of a backup made in the backup worker (backup.worker.ts): one worker per
// backup, the chunks handed to the caller as they come — the worker makes at most two ahead of
// what the caller has written — and storage failures told as the same errors the page would
// have met (their name and code cross the worker's port).
import { connect, domEndpoint } from '../../shared/rpc'
import { ArchiveStorageError } from '../db/errors'
import type { StorageErrorCode } from '../db/errors'
import type { BackupProgress } from './backup-export'
import type { BackupProtocol } from './backup-protocol'

const storageCodes: readonly string[] = [
  'quotaExceeded',
  'databaseClosed',
  'conflict',
  'storageFailed',
] satisfies StorageErrorCode[]

function asPageError(error: unknown): unknown {
  if (!(error instanceof Error) || error.name !== 'ArchiveStorageError') return error
  const code = storageCodes.includes(error.message) ? error.message : 'storageFailed'
  return new ArchiveStorageError(code as StorageErrorCode, { cause: error })
}

/** Makes the backup of the database named `database` in a worker; `onChunk` takes each part. */
export async function exportInWorker(
  database: string,
  now: number,
  onChunk: (bytes: Uint8Array) => Promise<void>,
  onProgress?: BackupProgress,
): Promise<void> {
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' })
  const client = connect<BackupProtocol>(domEndpoint(worker))
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      reject(new Error(event.message))
    })
  })
  try {
    await Promise.race([
      failed,
      client.call(
        'export',
        { database, now },
        {
          window: 2,
          onEvent: (event) =>
            event.type === 'chunk' ? onChunk(event.bytes) : onProgress?.(event.done, event.total),
        },
      ),
    ])
  } catch (error) {
    throw asPageError(error)
  } finally {
    client.close(new Error('The backup is over.'))
    worker.terminate()
  }
}
