// The archive's IndexedDB database through Dexie. The schema is versioned from the first
// release; every later version adds an entry to `schemaVersions` with an upgrade, and a test in
// migrations.test.ts that opens a database written by the previous version.
import { Dexie } from 'dexie'
import type { Collection, EntityTable, Transaction } from 'dexie'
import type { Article } from '../../shared/article'
import type { TagRecord } from '../../core/tags/record'
import type { BackupRecord } from '../../core/archive/backup-format'
import { watchTagListWrites } from './tag-list-watch'
import { deriveArticleFields } from './derived-fields'
import { storeTagListsApart } from './tag-lists'
import { INDEX_OUTBOX, recordIndexChanges } from './index-outbox'
import type { IndexOutboxRecord } from './index-outbox'
import type { TagListRecord } from './tag-lists'

export type { TagRecord } from '../../core/tags/record'
export type { TagListRecord } from './tag-lists'

export interface ImportRecord {
  id?: number
  /** An import of files, or a restore of a backup (absent in records of earlier versions). */
  kind?: 'import' | 'restore'
  /** The backup's file name, for a restore. */
  file?: string
  /** A restore's journal batch: written with the restore's last records, so a journal without
   * one belongs to a restore that never finished. */
  batch?: string
  startedAt: number
  finishedAt: number | null
  files: number
  articles: number
  duplicates: number
  failedFiles: number
  cancelled: boolean
}

export interface SettingRecord {
  key: string
  value: unknown
}

/** Persisted search-index chunks (core/search/persist): a manifest and each shard's parts. */
export interface SearchChunkRecord {
  key: string
  data: Uint8Array | string
}

/** An imported file's page text (deflated UTF-8), so its source can be shown when the file has
 * moved or changed on disk. Replaced when the file is imported again. */
export interface SourceRecord {
  file: string
  text: Uint8Array
  /** Characters of the text, for figures without inflating it. */
  chars: number
  importedAt: number
}

/** What a restore wrote, one record each, so it can be undone (and redone) batch by batch, and
 * rolled back when it fails or is cancelled. Kept for this session's undo; dropped at start. */
export interface JournalRecord {
  seq?: number
  batch: string
  table: 'articles' | 'tags' | 'settings'
  key: string
  /** The record as it was (null: there was none). */
  before: unknown
  /** A fingerprint of the record as the restore wrote it (shared/hash.ts jsonHash). */
  afterHash: string
  /** The record as the restore wrote it, kept once the restore is undone, for redo. */
  after?: unknown
}

/** Bureau sync's bookkeeping for one shared document (core/sync/merge.ts SyncEntry), as stored:
 * `pending` as 1/0 so it can be indexed, and for an article the `updatedAt` it had when it was
 * last in step with the server, so an edit here shows as a different version (renderer/sync). */
export interface SyncEntryRecord {
  id: string
  rev: string | null
  base: BackupRecord | null
  pending: 0 | 1
  version: number | null
}

/** Bureau sync's state on this laptop: the server's checkpoint, which database it is, and the
 * part of it this laptop keeps (core/sync/scope, as JSON). */
export interface SyncStateRecord {
  key: 'checkpoint' | 'server' | 'scope'
  value: string
}

export type ArchiveDatabase = Dexie & {
  journal: EntityTable<JournalRecord, 'seq'>
  articles: EntityTable<Article, 'id'>
  tagLists: EntityTable<TagListRecord, 'id'>
  sources: EntityTable<SourceRecord, 'file'>
  tags: EntityTable<TagRecord, 'name'>
  imports: EntityTable<ImportRecord, 'id'>
  settings: EntityTable<SettingRecord, 'key'>
  searchChunks: EntityTable<SearchChunkRecord, 'key'>
  syncEntries: EntityTable<SyncEntryRecord, 'id'>
  syncState: EntityTable<SyncStateRecord, 'key'>
  indexOutbox: EntityTable<IndexOutboxRecord, 'seq'>
}

export const archiveDatabaseName = 'newsroom-archive'

export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  /** Rewrites records written by the previous version; runs once, inside the upgrade. */
  upgrade?: (transaction: Transaction) => Promise<void>
}

/** Version 1 of the schema. Never edit a released version: add a new one. */
export const schemaV1 = {
  articles:
    '&id, date, title, importedAt, updatedAt, paper, section, page, *tags, *authors, [paper+date+page], source.file',
  tags: '&name',
  imports: '++id, startedAt',
  settings: '&key',
  searchChunks: '&key',
}

/** Version 2: the page text of every imported file; articles name where in it they stand and
 * may carry a title derived from their text (photo news). Older articles get both as null. */
export const schemaV2 = { sources: '&file' }

async function upgradeToV2(transaction: Transaction): Promise<void> {
  await transaction
    .table('articles')
    .toCollection()
    .modify((article: Partial<Article>) => {
      article.derivedTitle ??= null
      article.sourceLines ??= null
    })
}

/** Version 3: conflicted articles indexed; the restore journal. */
export const schemaV3 = {
  articles:
    '&id, date, title, importedAt, updatedAt, paper, section, page, *tags, *authors, [paper+date+page], source.file, conflicted',
  journal: '++seq, batch',
}

/** Version 4: the headline's pinyin sort key indexed (db/derived-fields.ts adds it to every
 * article written), so the library's headline order reads an index; the indexes on paper,
 * section, page and authors, which nothing reads, dropped: every write paid for each. */
export const schemaV4 = {
  articles:
    '&id, date, titleKey, importedAt, updatedAt, *tags, [paper+date+page], source.file, conflicted',
}

/** Writes every article again: the derived fields are added on the way in. */
async function upgradeToV4(transaction: Transaction): Promise<void> {
  await transaction
    .table('articles')
    .toCollection()
    .modify(() => undefined)
}

/** Version 5: articles with notes indexed (`noted`, added by db/derived-fields.ts), so the list
 * of every note reads only them. No article had notes before: nothing to rewrite. */
export const schemaV5 = {
  articles:
    '&id, date, titleKey, importedAt, updatedAt, *tags, [paper+date+page], source.file, conflicted, noted',
}

/** Version 6: bureau sync's bookkeeping (renderer/sync): an entry per shared document, its
 * article version and pending mark indexed so what changed here is found from index keys. */
export const schemaV6 = {
  syncEntries: '&id, version, pending',
  syncState: '&key',
}

/** Version 7: tags stored apart from their articles (db/tag-lists.ts), indexed there with the
 * article's version, so that tagging writes small records instead of whole articles; the
 * articles' own indexes of tags and of `updatedAt` dropped (not yet released when changed). */
export const schemaV7 = {
  articles: '&id, date, titleKey, importedAt, [paper+date+page], source.file, conflicted, noted',
  tagLists: '&id, *tags, updatedAt',
}

const UPGRADE_PAGE = 2000

/** Writes every article again, a page at a time: the layer that stores tags apart reads each
 * with the tags it still carries and writes them to its tag list. */
async function upgradeToV7(transaction: Transaction): Promise<void> {
  const articles = transaction.table<Article, string>('articles')
  let last: string | null = null
  for (;;) {
    const rest: Collection<Article, string> =
      last === null ? articles.orderBy(':id') : articles.where(':id').above(last)
    const page: Article[] = await rest.limit(UPGRADE_PAGE).toArray()
    if (page.length === 0) return
    await articles.bulkPut(page)
    last = page[page.length - 1]?.id ?? null
  }
}

/** Version 8: the search index's outbox (db/index-outbox.ts), so that a start checks only the
 * articles written since the index was saved. The index of an archive from before it may lag
 * anywhere: its first start checks every article, as each start did before. */
export const schemaV8 = { [INDEX_OUTBOX]: '++seq' }

async function upgradeToV8(transaction: Transaction): Promise<void> {
  const everything: IndexOutboxRecord = { changes: null }
  await transaction.table(INDEX_OUTBOX).add(everything)
}

/** Every version, oldest first. Dexie needs all of them to upgrade from any older one. */
export const schemaVersions: readonly SchemaVersion[] = [
  { version: 1, stores: schemaV1 },
  { version: 2, stores: schemaV2, upgrade: upgradeToV2 },
  { version: 3, stores: schemaV3 },
  { version: 4, stores: schemaV4, upgrade: upgradeToV4 },
  { version: 5, stores: schemaV5 },
  { version: 6, stores: schemaV6 },
  { version: 7, stores: schemaV7, upgrade: upgradeToV7 },
  { version: 8, stores: schemaV8, upgrade: upgradeToV8 },
]

export const currentSchemaVersion = schemaVersions.at(-1)?.version ?? 1

/** Declares versions up to `upTo` (all by default); tests use a lower one to write old data. */
export function declareSchema(database: Dexie, upTo = currentSchemaVersion): void {
  for (const entry of schemaVersions) {
    if (entry.version > upTo) break
    const declared = database.version(entry.version).stores(entry.stores)
    if (entry.upgrade !== undefined) declared.upgrade(entry.upgrade)
  }
}

export function openArchiveDatabase(name = archiveDatabaseName): ArchiveDatabase {
  // Dexie's cache of live queries answers a query from memory, where the layer that joins an
  // article's tags (db/tag-lists.ts) still has to read them: the transaction is over by then.
  const database = new Dexie(name, { cache: 'disabled' }) as ArchiveDatabase
  declareSchema(database)
  deriveArticleFields(database)
  storeTagListsApart(database)
  watchTagListWrites(database)
  recordIndexChanges(database)
  return database
}
