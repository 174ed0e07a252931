// What passes between the renderer's sync (core/sync) and main's bureau server (main/sync): the
// server's settings without the password going back, and CouchDB documents and answers.

/** A document as the server holds it. */
export interface CouchDoc {
  _id: string
  _rev?: string
  _deleted?: boolean
  type?: unknown
  value?: unknown
}

/** One changed document in the feed: its id and winning revision, not its body (a laptop
 * fetches only the documents it does not have at that revision). */
export interface Change {
  id: string
  rev: string
}

export interface ChangesPage {
  changes: Change[]
  lastSeq: string
  /** About how many changes the feed holds after this page, when the server says. */
  remaining?: number
}

export interface PushResult {
  id: string
  rev?: string
  /** `conflict` when the server holds a revision this push did not know. */
  error?: string
}

export type ServerUrlError = 'invalidUrl' | 'notHttps' | 'credentialsInUrl' | 'invalidDatabase'

export interface SyncServerInput {
  url: string
  database: string
  user: string
  password: string
}

/** The server as the renderer may know it: never the password. */
export interface SyncServerInfo {
  url: string
  database: string
  user: string
}

export type SyncServerError =
  ServerUrlError | 'noKeychain' | 'unauthorized' | 'noDatabase' | 'unreachable'

export type SyncServerResult = { ok: true } | { ok: false; error: SyncServerError }

/** Why a replication call failed: the laptop is offline (or the server down), the password no
 * longer works, no server is set, or the server answered something unusable. */
export type SyncFailure = 'unreachable' | 'unauthorized' | 'noServer' | 'server'

/** A replication call's answer: failures are answers, so the renderer can say which. */
export type SyncReply<T> = { ok: true; value: T } | { ok: false; error: SyncFailure }

/** The long poll's answer: whether the database changed since the checkpoint. */
export interface ChangesWait {
  changed: boolean
}
