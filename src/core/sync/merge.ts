// What a document pulled from the server does to this laptop's copy. Each document's sync entry
// remembers the revision last seen and its record: the version both sides share. A record not
// changed here since then takes the server's version; one changed on both sides is merged field
// by field against that shared version — the same merge a restore does (core/archive/
// backup-merge.ts): one-sided changes taken, tags and notes of both kept, a field changed
// differently on both sides kept beside this archive's value for the user to choose. The merged
// record goes back to the server. A delete on the other side of a record edited here keeps the
// record and sends it back; an edit on the other side of a record deleted here brings it back
// here, and the user is asked whether to delete it again.
import { fieldsOf } from '../../shared/article'
import type { BackupRecord } from '../archive/backup-format'
import { mergeArticle, mergeTag } from '../archive/backup-merge'
import type { MergeContext } from '../archive/backup-merge'
import type { PulledDoc } from './documents'
import { sameJson } from '../../shared/hash'

/** This laptop's bookkeeping for one document. */
export interface SyncEntry {
  id: string
  /** The server revision last seen; null before the document was ever on the server. */
  rev: string | null
  /** The record as of `rev` (null: deleted there, or never seen). */
  base: BackupRecord | null
  /** Changed here since `rev`: to be pushed. */
  pending: boolean
}

export interface PullOutcome {
  /** What to store here (null: delete); undefined: leave the local record as it is. */
  write?: BackupRecord | null
  entry: SyncEntry
  /** A field changed differently on both sides (kept beside, for the user). */
  conflict: boolean
  /** Deleted on the server, edited here: kept, and sent back. */
  revived: boolean
  /** Deleted here (or, as far as this laptop knew, everywhere), edited there: stored here
   * again — the user is asked whether to delete it again. */
  broughtBack: boolean
}

function withSyncBase(local: BackupRecord, base: BackupRecord | null): BackupRecord {
  if (local.type !== 'article' || base?.type !== 'article') return local
  return { type: 'article', value: { ...local.value, base: fieldsOf(base.value) } }
}

/** Both versions merged against the shared one (none: the record as each side has it). */
function merged(
  local: BackupRecord,
  remote: BackupRecord,
  base: BackupRecord | null,
  context: MergeContext,
): { record: BackupRecord; conflict: boolean } {
  if (local.type === 'article' && remote.type === 'article') {
    const shared = withSyncBase(local, base)
    if (shared.type !== 'article') return { record: local, conflict: false }
    const result = mergeArticle(shared.value, remote.value, context)
    // The base stays what the article was imported as; the sync base lives in the entry.
    const { base: _sync, ...article } = result.article
    const original = local.value.base
    const value = original === undefined ? article : { ...article, base: original }
    return { record: { type: 'article', value }, conflict: result.action === 'conflict' }
  }
  if (local.type === 'tag' && remote.type === 'tag') {
    return {
      record: { type: 'tag', value: mergeTag(local.value, remote.value, context).tag },
      conflict: false,
    }
  }
  // A setting (a saved search, a collection) edited here stays as edited here and is sent.
  return { record: local, conflict: false }
}

export function mergePulled(
  local: BackupRecord | null,
  entry: SyncEntry | undefined,
  pulled: Extract<PulledDoc, { kind: 'record' | 'deleted' }>,
  context: MergeContext,
): PullOutcome | null {
  if (entry?.rev === pulled.rev) return null
  const remote = pulled.kind === 'record' ? pulled.record : null
  const changedHere = local !== null && (entry === undefined || entry.pending)
  if (!changedHere) {
    // Deleted here (still to send, or sent), edited there: the edit brings it back, and asks.
    const deleted = entry !== undefined && (entry.pending || (entry.rev !== null && !entry.base))
    const broughtBack = local === null && remote !== null && deleted
    const entryAfter = { id: pulled.id, rev: pulled.rev, base: remote, pending: false }
    return { write: remote, entry: entryAfter, conflict: false, revived: false, broughtBack }
  }
  if (remote === null) {
    const kept = { id: pulled.id, rev: pulled.rev, base: null, pending: true }
    return { entry: kept, conflict: false, revived: true, broughtBack: false }
  }
  const result = merged(local, remote, entry?.base ?? null, context)
  const same = sameJson(result.record, remote)
  const entryAfter = { id: pulled.id, rev: pulled.rev, base: remote, pending: !same }
  return {
    write: result.record,
    entry: entryAfter,
    conflict: result.conflict,
    revived: false,
    broughtBack: false,
  }
}
