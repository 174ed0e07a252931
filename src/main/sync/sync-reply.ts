// A replication call to the bureau server as an answer the renderer can act on: what failed is
// said by kind (offline, password refused, no server set, an unusable answer), never as an
// English exception text; the detail stays in main's log, without credentials.
import { ZodError } from 'zod'
import type { SyncFailure, SyncReply } from '../../shared/api/sync'
import { CouchHttpError } from './couch-remote'
import type { CouchRemote } from './couch-remote'

interface RemoteSource {
  remote(): Promise<CouchRemote | null>
}

export function syncFailureOf(error: unknown): SyncFailure {
  if (error instanceof CouchHttpError)
    return error.status === 401 || error.status === 403 ? 'unauthorized' : 'server'
  // A reply that is not CouchDB's JSON, or not of the shape asked for.
  if (error instanceof ZodError || error instanceof SyntaxError) return 'server'
  // fetch fails with a TypeError when the server cannot be reached at all.
  return 'unreachable'
}

export async function replied<T>(
  source: RemoteSource,
  call: (remote: CouchRemote) => Promise<T>,
): Promise<SyncReply<T>> {
  const remote = await source.remote()
  if (remote === null) return { ok: false, error: 'noServer' }
  try {
    return { ok: true, value: await call(remote) }
  } catch (error) {
    const failure = syncFailureOf(error)
    if (failure !== 'unreachable') console.warn('bureau server:', failure, String(error))
    return { ok: false, error: failure }
  }
}
