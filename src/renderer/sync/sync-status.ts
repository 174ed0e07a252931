// What the interface shows of bureau sync (renderer/sync/sync-runner.ts holds it): the phase,
// the last sync, what is waiting, and what the last rounds did that the user should know.
import type { SyncProgress } from '../../core/sync/replicate'
import type { SyncFailure, SyncServerInfo } from '../../shared/api/sync'

export type SyncPhase = 'off' | 'syncing' | 'idle' | 'offline' | 'failed' | 'paused'

export interface SyncStatus {
  phase: SyncPhase
  server: SyncServerInfo | null
  /** When the last round finished without a failure (epoch ms). */
  lastSyncAt: number | null
  /** Documents changed here and not on the server yet, as of the last round. */
  pending: number
  /** The round running now. */
  progress: SyncProgress | null
  /** Articles the last round kept two versions of, for the user to choose. */
  conflicts: number
  /** Articles a colleague deleted that the last round kept, having been edited here, and sent
   * back. */
  revived: number
  /** Articles deleted here that came back, a colleague having edited them, and that the user
   * has not answered for yet (keep them, or delete them again). */
  broughtBack: readonly string[]
  /** Documents from the server the last round refused (not valid records of this archive). */
  rejected: number
  /** Articles the last round took off this laptop: a colleague's change moved them out of its
   * part (still on the server). */
  takenOff: number
  failure: SyncFailure | 'storage' | null
}

/** No server set, nothing done. */
export const syncOff: SyncStatus = {
  phase: 'off',
  server: null,
  lastSyncAt: null,
  pending: 0,
  progress: null,
  conflicts: 0,
  revived: 0,
  broughtBack: [],
  rejected: 0,
  takenOff: 0,
  failure: null,
}
