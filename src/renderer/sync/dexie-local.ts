// Bureau sync's local side (core/sync's LocalPort) over the archive's tables: records are read
// and written where the app keeps them (articles, tags, shared settings), the bookkeeping lives
// in syncEntries and syncState. What to push is found from versions (core/sync/pending.ts), so
// no writer of the app has to mark anything. A commit is one transaction: records, entries and
// the checkpoint land together or not at all; the search index and other windows are told.
import type { BackupRecord } from '../../core/archive/backup-format'
import { docIdOf, isSharedSetting, parseDocId, recordDocId } from '../../core/sync/documents'
import type { SyncEntry } from '../../core/sync/merge'
import { pendingDocIds } from '../../core/sync/pending'
import { sameJson } from '../../shared/hash'
import type { SmallDoc } from '../../core/sync/pending'
import type { LocalBatch, LocalPort, LocalWrite } from '../../core/sync/replicate'
import { announceChanges } from '../archive/change-announcements'
import type { TagRecord } from '../../core/tags/record'
import type { Article } from '../../shared/article'
import { articleVersions } from '../db/article-versions'
import type { ArchiveDatabase, SettingRecord, SyncEntryRecord } from '../db/database'

type Entries = Map<string, SyncEntry>

function entryOf(record: SyncEntryRecord): SyncEntry {
  return { id: record.id, rev: record.rev, base: record.base, pending: record.pending === 1 }
}

/** Changed here since the entry was in step: flagged, or (an article) of another version, or
 * (a tag, a setting) unlike the shared version. The merge must know, or it would overwrite it. */
function changedHere(stored: SyncEntryRecord, current: BackupRecord | null): boolean {
  if (stored.pending === 1) return true
  if (current?.type === 'article') return stored.version !== current.value.updatedAt
  if (stored.base?.type === 'article' || stored.version !== null) return current === null
  return !sameJson(current, stored.base)
}

/** The records behind document ids (null where there is none), read in one go per table. */
async function readRecords(
  database: ArchiveDatabase,
  ids: readonly string[],
): Promise<Map<string, BackupRecord | null>> {
  const keys = { article: [] as string[], tag: [] as string[], setting: [] as string[] }
  for (const id of ids) {
    const named = parseDocId(id)
    if (named !== null) keys[named.type].push(named.key)
  }
  const [articles, tags, settings] = await Promise.all([
    database.articles.bulkGet(keys.article),
    database.tags.bulkGet(keys.tag),
    database.settings.bulkGet(keys.setting),
  ])
  const records = new Map<string, BackupRecord | null>(ids.map((id) => [id, null]))
  articles.forEach((value) => {
    if (value !== undefined) records.set(docIdOf('article', value.id), { type: 'article', value })
  })
  tags.forEach((value) => {
    if (value !== undefined) records.set(docIdOf('tag', value.name), { type: 'tag', value })
  })
  settings.forEach((value) => {
    if (value !== undefined && isSharedSetting(value.key))
      records.set(docIdOf('setting', value.key), { type: 'setting', value })
  })
  return records
}

/** Tags and shared settings with their entries: few, so compared whole. */
async function smallDocs(database: ArchiveDatabase): Promise<SmallDoc[]> {
  const [tags, settings, tagEntries, settingEntries] = await Promise.all([
    database.tags.toArray(),
    database.settings.toArray(),
    database.syncEntries.where('id').startsWith('tag:').toArray(),
    database.syncEntries.where('id').startsWith('setting:').toArray(),
  ])
  const left = new Map([...tagEntries, ...settingEntries].map((entry) => [entry.id, entry]))
  const records: BackupRecord[] = [
    ...tags.map((value): BackupRecord => ({ type: 'tag', value })),
    ...settings
      .filter((value) => isSharedSetting(value.key))
      .map((value): BackupRecord => ({ type: 'setting', value })),
  ]
  const docs = records.map((record): SmallDoc => {
    const id = recordDocId(record)
    const entry = left.get(id)
    left.delete(id)
    return entry === undefined ? { id, record } : { id, record, entry: { base: entry.base } }
  })
  // Entries without a record: deleted here since.
  for (const entry of left.values())
    docs.push({ id: entry.id, record: null, entry: { base: entry.base } })
  return docs
}

/** What changed here since the last round: everything to look through, or these articles only
 * (a few edited or deleted, as the window heard them; an empty set: nothing). */
export type HeardChanges = 'all' | ReadonlySet<string>

/** Pending documents among the articles `ids` (their versions against their entries), and the
 * merges flagged pending: what a round after a few edits sends, read without a scan. */
async function pendingAmong(database: ArchiveDatabase, ids: readonly string[]): Promise<string[]> {
  const docs = ids.map((id) => docIdOf('article', id))
  // An article's version is its tag list's (db/tag-lists.ts): read without the text.
  const [lists, entries, flagged] = await Promise.all([
    database.tagLists.bulkGet([...ids]),
    database.syncEntries.bulkGet(docs),
    database.syncEntries.where('pending').equals(1).primaryKeys(),
  ])
  const articles = new Map<string, number>()
  for (const list of lists) if (list !== undefined) articles.set(list.id, list.updatedAt)
  const entryVersions = new Map<string, number>()
  for (const entry of entries)
    if (typeof entry?.version === 'number') entryVersions.set(entry.id, entry.version)
  return pendingDocIds({ articles, entryVersions, flagged, small: [] })
}

/** Every document changed here since it was last in step with the server. */
export async function findPending(database: ArchiveDatabase): Promise<string[]> {
  const articles = await articleVersions(database)
  // An article without a version is always sent: never trusted, never lost.
  for (const id of await database.articles.toCollection().primaryKeys())
    if (!articles.has(id)) articles.set(id, Number.NaN)
  const entryVersions = new Map<string, number>()
  await database.syncEntries.orderBy('version').eachKey((key, cursor) => {
    if (typeof key === 'number') entryVersions.set(cursor.primaryKey, key)
  })
  const flagged = await database.syncEntries.where('pending').equals(1).primaryKeys()
  return pendingDocIds({ articles, entryVersions, flagged, small: await smallDocs(database) })
}

export class DexieLocal implements LocalPort {
  /** What is left to push this round, found once (a later edit is sent by the next round). */
  #queue: string[] | null

  readonly #changed: HeardChanges

  /** `changed`: what changed here since the last round, as far as the window knows: a round a
   * colleague's change started (nothing) or a few edits (those articles) costs nothing the
   * archive's size decides; 'all' looks through the whole archive. */
  constructor(
    private readonly database: ArchiveDatabase,
    options: { changed: HeardChanges } = { changed: 'all' },
  ) {
    this.#changed = options.changed
    this.#queue = options.changed !== 'all' && options.changed.size === 0 ? [] : null
  }

  /** Documents found to push and not pushed yet (refused, or the round stopped early). */
  get left(): number {
    return this.#queue?.length ?? 0
  }

  async checkpoint(): Promise<string | null> {
    return (await this.database.syncState.get('checkpoint'))?.value ?? null
  }

  async read(ids: string[]) {
    const [records, stored] = await Promise.all([
      readRecords(this.database, ids),
      this.database.syncEntries.bulkGet(ids),
    ])
    const entries: Entries = new Map()
    for (const record of stored) {
      if (record === undefined) continue
      const pending = changedHere(record, records.get(record.id) ?? null)
      entries.set(record.id, { ...entryOf(record), pending })
    }
    return { records, entries }
  }

  async pending(limit: number): Promise<SyncEntry[]> {
    this.#queue ??=
      this.#changed === 'all'
        ? await findPending(this.database)
        : await pendingAmong(this.database, [...this.#changed])
    const ids = this.#queue.splice(0, limit)
    const stored = await this.database.syncEntries.bulkGet(ids)
    return ids.map((id, index) => {
      const record = stored[index]
      const entry = record === undefined ? { id, rev: null, base: null } : entryOf(record)
      return { ...entry, pending: true }
    })
  }

  async commit(batch: LocalBatch): Promise<void> {
    const db = this.database
    const touched = { added: [] as string[], updated: [] as string[], deleted: [] as string[] }
    const tables = [db.articles, db.tags, db.settings, db.syncEntries, db.syncState]
    await db.transaction('rw', tables, async () => {
      await writeRecords(db, batch.writes, touched)
      const current = await readRecords(
        db,
        batch.entries.map((entry) => entry.id),
      )
      const stored = batch.entries.map(({ sent, ...entry }): SyncEntryRecord => {
        const record = current.get(entry.id) ?? null
        // Sent, but changed here meanwhile: still to be sent.
        const pending = entry.pending || (sent !== undefined && !sameJson(record, sent))
        const version = !pending && record?.type === 'article' ? record.value.updatedAt : null
        return { id: entry.id, rev: entry.rev, base: entry.base, pending: pending ? 1 : 0, version }
      })
      await db.syncEntries.bulkPut(stored)
      if (batch.forget !== undefined && batch.forget.length > 0)
        await db.syncEntries.bulkDelete(batch.forget)
      if (batch.checkpoint !== undefined)
        await db.syncState.put({ key: 'checkpoint', value: batch.checkpoint })
    })
    announceChanges(db, touched)
  }
}

/** The pulled records, stored (or deleted) table by table. */
async function writeRecords(
  db: ArchiveDatabase,
  writes: readonly LocalWrite[],
  touched: { updated: string[]; deleted: string[] },
): Promise<void> {
  const put = { article: [] as Article[], tag: [] as TagRecord[], setting: [] as SettingRecord[] }
  const gone = { article: [] as string[], tag: [] as string[], setting: [] as string[] }
  for (const write of writes) {
    const named = parseDocId(write.id)
    const record = write.record
    if (named === null) continue
    if (record === null) gone[named.type].push(named.key)
    else if (record.type === 'article') put.article.push(record.value)
    else if (record.type === 'tag') put.tag.push(record.value)
    else put.setting.push(record.value)
  }
  // Only what there is: even an empty write tells every window the table changed, and its
  // live queries read again.
  const some = <T>(items: T[], write: (items: T[]) => Promise<unknown>) =>
    items.length === 0 ? Promise.resolve() : write(items)
  await Promise.all([
    some(put.article, (items) => db.articles.bulkPut(items)),
    some(gone.article, (items) => db.articles.bulkDelete(items)),
    some(put.tag, (items) => db.tags.bulkPut(items)),
    some(gone.tag, (items) => db.tags.bulkDelete(items)),
    some(put.setting, (items) => db.settings.bulkPut(items)),
    some(gone.setting, (items) => db.settings.bulkDelete(items)),
  ])
  touched.updated.push(...put.article.map((article) => article.id))
  touched.deleted.push(...gone.article)
}
