// What changed on this laptop since it was last in step with the bureau's server, found without
// any writer marking it: an article whose `updatedAt` is not the version its sync entry
// remembers (edits, tagging, notes and undo all change it), an article gone whose entry still
// holds a version (deleted here), an entry flagged pending (a merge to send back), and a tag or
// shared setting that differs from the version both sides share. So no write path can forget
// to tell sync, and sync's own writes, which store the version with the entry, are not sent back.
import type { BackupRecord } from '../archive/backup-format'
import { docIdOf, parseDocId } from './documents'
import { sameJson } from '../../shared/hash'

export interface LocalVersions {
  /** Article id → its `updatedAt`. */
  articles: ReadonlyMap<string, number>
  /** Document id → the article version its entry was last in step with. */
  entryVersions: ReadonlyMap<string, number>
  /** Documents whose entries are flagged pending. */
  flagged: readonly string[]
  /** Tags and shared settings, compared whole with the shared version. */
  small: readonly SmallDoc[]
}

export interface SmallDoc {
  id: string
  /** As stored here; null when it is not (deleted here, or never here). */
  record: BackupRecord | null
  /** Its entry: undefined when there is none. */
  entry?: { base: BackupRecord | null }
}

function smallPending(doc: SmallDoc): boolean {
  if (doc.record === null) return doc.entry !== undefined && doc.entry.base !== null
  return doc.entry === undefined || !sameJson(doc.record, doc.entry.base)
}

/** Every document to push, flagged ones first. */
export function pendingDocIds(local: LocalVersions): string[] {
  const pending = new Set(local.flagged)
  for (const [id, updatedAt] of local.articles) {
    const doc = docIdOf('article', id)
    if (local.entryVersions.get(doc) !== updatedAt) pending.add(doc)
  }
  for (const doc of local.entryVersions.keys()) {
    const key = parseDocId(doc)?.key
    if (key !== undefined && !local.articles.has(key)) pending.add(doc)
  }
  for (const doc of local.small) if (smallPending(doc)) pending.add(doc.id)
  return [...pending]
}
