// Bureau sync's server side as the renderer reaches it: main's replication calls (the password
// never leaves main). A failed call throws SyncCallError with its kind, which the sync runner
// turns into its status (offline, password refused, …).
import type { RemotePort } from '../../core/sync/replicate'
import type { NewsroomApi } from '../../shared/api/contract'
import type { SyncFailure, SyncReply } from '../../shared/api/sync'

export class SyncCallError extends Error {
  constructor(readonly failure: SyncFailure) {
    super(`bureau server: ${failure}`)
    this.name = 'SyncCallError'
  }
}

export function unwrap<T>(reply: SyncReply<T>): T {
  if (!reply.ok) throw new SyncCallError(reply.error)
  return reply.value
}

export type SyncApi = Pick<
  NewsroomApi,
  'getSyncServer' | 'syncChanges' | 'syncBulkDocs' | 'syncFetch' | 'syncWait'
>

export function apiRemote(api: SyncApi): RemotePort {
  return {
    changes: async (since, limit) => unwrap(await api.syncChanges(since, limit)),
    bulkDocs: async (docs) => unwrap(await api.syncBulkDocs(docs)),
    fetch: async (ids) => unwrap(await api.syncFetch(ids)),
  }
}
