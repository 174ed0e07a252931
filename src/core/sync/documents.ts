// The archive's records as CouchDB documents: one document per article, tag and shared setting,
// its body the same `{type, value}` a backup line holds, so a document from the server is
// checked exactly like a line of a colleague's file (core/archive/backup-format.ts).
import { parseRecord } from '../archive/backup-format'
import type { BackupRecord } from '../archive/backup-format'
import type { CouchDoc } from '../../shared/api/sync'

export type RecordType = BackupRecord['type']

export type { CouchDoc } from '../../shared/api/sync'

/** Settings that are the bureau's to share (saved searches, collections); the rest stay on this
 * laptop (its backup reminder, its window, its language). */
const sharedSettingPrefixes = ['savedSearch.', 'collection.'] as const

export function isSharedSetting(key: string): boolean {
  return sharedSettingPrefixes.some((prefix) => key.startsWith(prefix))
}

function keyOf(record: BackupRecord): string {
  switch (record.type) {
    case 'article':
      return record.value.id
    case 'tag':
      return record.value.name
    case 'setting':
      return record.value.key
  }
}

export function docIdOf(type: RecordType, key: string): string {
  return `${type}:${key}`
}

export function recordDocId(record: BackupRecord): string {
  return docIdOf(record.type, keyOf(record))
}

export function parseDocId(id: string): { type: RecordType; key: string } | null {
  const match = /^(article|tag|setting):(.+)$/su.exec(id)
  if (match?.[1] === undefined || match[2] === undefined) return null
  return { type: match[1] as RecordType, key: match[2] }
}

/** The document that stores `record` (null: its deletion), as a revision of `rev`. */
export function toDoc(id: string, record: BackupRecord | null, rev: string | null): CouchDoc {
  const doc: CouchDoc =
    record === null
      ? { _id: id, _deleted: true }
      : { _id: id, type: record.type, value: record.value }
  if (rev !== null) doc._rev = rev
  return doc
}

export type PulledDoc =
  | { kind: 'record'; id: string; rev: string; record: BackupRecord }
  | { kind: 'deleted'; id: string; rev: string }
  /** Not a record of this archive, or not one it can take: said, never stored. */
  | { kind: 'rejected'; id: string; reason: 'unknownId' | 'invalid' | 'wrongKey' }
  /** The server's own documents (design documents: views, validation): not the archive's. */
  | { kind: 'ignored'; id: string }

/** A document from the server, checked: its id names what it holds, its body is a valid record. */
export function fromDoc(doc: CouchDoc): PulledDoc {
  const rev = doc._rev ?? ''
  if (doc._id.startsWith('_design/')) return { kind: 'ignored', id: doc._id }
  const named = parseDocId(doc._id)
  if (named === null) return { kind: 'rejected', id: doc._id, reason: 'unknownId' }
  if (doc._deleted === true) return { kind: 'deleted', id: doc._id, rev }
  const record = parseRecord({ type: doc.type, value: doc.value })
  if (record === null) return { kind: 'rejected', id: doc._id, reason: 'invalid' }
  if (record.type !== named.type || recordDocId(record) !== doc._id)
    return { kind: 'rejected', id: doc._id, reason: 'wrongKey' }
  return { kind: 'record', id: doc._id, rev, record }
}
