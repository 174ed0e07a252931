// What the page and the backup worker say to each other, over src/shared/rpc.ts: one export,
// streamed as chunks of the file (moved, not copied) and progress, at the page's pace.
import type { Operation } from '../../shared/rpc'

export type BackupEvent =
  { type: 'chunk'; bytes: Uint8Array } | { type: 'progress'; done: number; total: number }

export type BackupProtocol = {
  /** The whole archive of the database named, as a backup file written at `now`. */
  export: Operation<{ database: string; now: number }, null, BackupEvent>
}
