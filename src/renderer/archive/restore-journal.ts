// The restore journal: every record a restore writes is written with what it replaced, in the
// same transaction. Undoing the restore (or rolling back one that failed or was cancelled) puts
// back what was there, newest first, in bounded transactions; redoing writes the restore's
// versions again. A record edited since the restore is left as the user left it, and counted.
import type { Article } from '../../shared/article'
import type { TagRecord } from '../../core/tags/record'
import type { ArchiveDatabase, JournalRecord, SettingRecord } from '../db/database'
import { guardStorage } from '../db/errors'
import { sameJson } from '../../core/archive/backup-merge'
import { announceChanges } from './change-announcements'

const STEP = 1000

type Table = JournalRecord['table']

/** One journaled table, read and written by key, whatever its record type. */
interface KeyedTable {
  get(key: string): Promise<unknown>
  put(value: unknown): Promise<unknown>
  bulkPut(values: readonly unknown[]): Promise<unknown>
  delete(key: string): Promise<void>
}

function keyed<T>(table: {
  get(key: string): PromiseLike<T | undefined>
  put(value: T): PromiseLike<unknown>
  bulkPut(values: readonly T[]): PromiseLike<unknown>
  delete(key: string): PromiseLike<void>
}): KeyedTable {
  return {
    get: async (key) => table.get(key),
    put: async (value) => table.put(value as T),
    bulkPut: async (values) => table.bulkPut(values as readonly T[]),
    delete: async (key) => table.delete(key),
  }
}

function tableOf(database: ArchiveDatabase, table: Table): KeyedTable {
  if (table === 'articles') return keyed<Article>(database.articles)
  if (table === 'tags') return keyed<TagRecord>(database.tags)
  return keyed<SettingRecord>(database.settings)
}

/** Writes `after` for each record and journals it, inside the caller's transaction. */
export async function writeJournaled(
  database: ArchiveDatabase,
  batch: string,
  table: Table,
  records: readonly { key: string; before: unknown; after: unknown }[],
): Promise<void> {
  if (records.length === 0) return
  await tableOf(database, table).bulkPut(records.map((record) => record.after))
  await database.journal.bulkAdd(records.map((record) => ({ batch, table, ...record })))
}

export interface JournalOutcome {
  /** Records put back. */
  applied: number
  /** Records changed since, left as they are. */
  kept: number
}

async function step(
  database: ArchiveDatabase,
  entries: readonly JournalRecord[],
  direction: 'undo' | 'redo',
  outcome: JournalOutcome,
  touched: { updated: string[]; deleted: string[] },
): Promise<void> {
  for (const entry of entries) {
    const table = tableOf(database, entry.table)
    const current: unknown = await table.get(entry.key)
    const expected = direction === 'undo' ? entry.after : entry.before
    const target = direction === 'undo' ? entry.before : entry.after
    if (!sameJson(current ?? null, expected)) {
      outcome.kept++
      continue
    }
    if (target === null) await table.delete(entry.key)
    else await table.put(target)
    outcome.applied++
    if (entry.table === 'articles')
      (target === null ? touched.deleted : touched.updated).push(entry.key)
  }
}

/** Walks the batch's journal in bounded transactions: newest first to undo, oldest first to redo. */
export async function replayJournal(
  database: ArchiveDatabase,
  batch: string,
  direction: 'undo' | 'redo',
  onProgress?: (done: number, total: number) => void,
): Promise<JournalOutcome> {
  const keys = (await database.journal.where('batch').equals(batch).primaryKeys())
    .filter((key): key is number => key !== undefined)
    .sort((a, b) => a - b)
  if (direction === 'undo') keys.reverse()
  const outcome: JournalOutcome = { applied: 0, kept: 0 }
  for (let start = 0; start < keys.length; start += STEP) {
    const entries = (await database.journal.bulkGet(keys.slice(start, start + STEP))).filter(
      (entry): entry is JournalRecord => entry !== undefined,
    )
    const touched = { updated: [] as string[], deleted: [] as string[] }
    await guardStorage(() =>
      database.transaction('rw', [database.articles, database.tags, database.settings], () =>
        step(database, entries, direction, outcome, touched),
      ),
    )
    announceChanges(database, { added: [], ...touched })
    onProgress?.(Math.min(keys.length, start + STEP), keys.length)
  }
  return outcome
}

export async function dropJournal(database: ArchiveDatabase, batch?: string): Promise<void> {
  if (batch === undefined) await database.journal.clear()
  else await database.journal.where('batch').equals(batch).delete()
}
