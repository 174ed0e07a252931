// The archive's IndexedDB database through Dexie. The schema is versioned from the first
// release; every later version adds an upgrade with a test that opens the previous version.
import { Dexie } from 'dexie'
import type { EntityTable } from 'dexie'
import type { Article } from '../../shared/article'

export interface TagRecord {
  /** Full hierarchical name, `/`-separated: `地区/湖北/随州`. */
  name: string
  color: string | null
  createdAt: number
}

export interface ImportRecord {
  id?: number
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

/** Persisted search-index chunks, stamped so a stale index is detected and rebuilt. */
export interface SearchChunkRecord {
  key: string
  stamp: string
  data: Uint8Array | string
}

export type ArchiveDatabase = Dexie & {
  articles: EntityTable<Article, 'id'>
  tags: EntityTable<TagRecord, 'name'>
  imports: EntityTable<ImportRecord, 'id'>
  settings: EntityTable<SettingRecord, 'key'>
  searchChunks: EntityTable<SearchChunkRecord, 'key'>
}

export const archiveDatabaseName = 'newsroom-archive'

/** Version 1 of the schema. Never edit a released version: add a new one. */
export const schemaV1 = {
  articles:
    '&id, date, importedAt, updatedAt, paper, section, page, *tags, *authors, [paper+date+page]',
  tags: '&name',
  imports: '++id, startedAt',
  settings: '&key',
  searchChunks: '&key',
}

export function openArchiveDatabase(name = archiveDatabaseName): ArchiveDatabase {
  const database = new Dexie(name) as ArchiveDatabase
  database.version(1).stores(schemaV1)
  return database
}
