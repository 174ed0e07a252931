// The restore journal: every record a restore writes is written with what it replaced, in the
// same transaction. Undoing the restore (or rolling back one that failed or was cancelled) puts
// back what was there, newest first, in bounded transactions; redoing writes the restore's
// versions again. A record edited since the restore is left as the user left it, and counted.
import type { Article } from '../../shared/article'
import type { TagRecord } from '../../core/tags/record'
import type { ArchiveDatabase, JournalRecord, SettingRecord } from '../db/database'
import { guardStorage } from '../db/errors'
import { sameJson } from '../../shared/hash'
import { jsonHash } from '../../shared/hash'
import { announceChanges } from './change-announcements'

const STEP = 1000

type Table = JournalRecord['table']

/** One journaled table, read and written by key, whatever its record type. */
interface KeyedTable {
  bulkGet(keys: readonly string[]): Promise<unknown[]>
  bulkPut(values: readonly unknown[]): Promise<unknown>
  bulkDelete(keys: readonly string[]): Promise<void>
}

function keyed<T>(table: {
  bulkGet(keys: string[]): PromiseLike<(T | undefined)[]>
  bulkPut(values: readonly T[]): PromiseLike<unknown>
  bulkDelete(keys: string[]): PromiseLike<void>
}): KeyedTable {
  return {
    bulkGet: async (keys) => table.bulkGet([...keys]),
    bulkPut: async (values) => table.bulkPut(values as readonly T[]),
    bulkDelete: async (keys) => table.bulkDelete([...keys]),
  }
}

function tableOf(database: ArchiveDatabase, table: Table): KeyedTable {
  if (table === 'articles') return keyed<Article>(database.articles)
  if (table === 'tags') return keyed<TagRecord>(database.tags)
  return keyed<SettingRecord>(database.settings)
}

/** Writes `after` for each record and journals it, inside the caller's transaction. The journal
 * keeps what was there and only a fingerprint of what the restore wrote: a restore of a million
 * new articles journals a million small entries, not a second copy of the archive. */
export async function writeJournaled(
  database: ArchiveDatabase,
  batch: string,
  table: Table,
  records: readonly { key: string; before: unknown; after: unknown }[],
): Promise<void> {
  if (records.length === 0) return
  await tableOf(database, table).bulkPut(records.map((record) => record.after))
  await database.journal.bulkAdd(
    records.map(({ key, before, after }) => ({
      batch,
      table,
      key,
      before,
      afterHash: jsonHash(after),
    })),
  )
}

export interface JournalOutcome {
  /** Records put back. */
  applied: number
  /** Records changed since, left as they are. */
  kept: number
}

interface Touched {
  updated: string[]
  deleted: string[]
}

/** Undo puts `before` back where the record is still what the restore wrote, keeping that
 * version in the entry for a redo; redo puts it again where the record is still `before`. */
async function step(
  database: ArchiveDatabase,
  table: KeyedTable,
  entries: readonly JournalRecord[],
  direction: 'undo' | 'redo',
  outcome: JournalOutcome,
  touched: Touched,
): Promise<void> {
  const keys = [...new Set(entries.map((entry) => entry.key))]
  const found = await table.bulkGet(keys)
  // The records as this step leaves them: one key may be journaled twice in a batch.
  const current = new Map(keys.map((key, index) => [key, found[index] ?? null]))
  const changed: JournalRecord[] = []
  const written = new Set<string>()
  for (const entry of entries) {
    const now = current.get(entry.key) ?? null
    const still =
      direction === 'undo' ? jsonHash(now) === entry.afterHash : sameJson(now, entry.before)
    const target = direction === 'undo' ? entry.before : entry.after
    if (!still || target === undefined) {
      outcome.kept++
      continue
    }
    if (direction === 'undo') changed.push({ ...entry, after: now })
    current.set(entry.key, target)
    written.add(entry.key)
    outcome.applied++
    if (entry.table === 'articles')
      (target === null ? touched.deleted : touched.updated).push(entry.key)
  }
  const settled = [...written].map((key) => [key, current.get(key) ?? null] as const)
  const puts = settled.flatMap(([, value]) => (value === null ? [] : [value]))
  const deletes = settled.flatMap(([key, value]) => (value === null ? [key] : []))
  await table.bulkPut(puts)
  await table.bulkDelete(deletes)
  await database.journal.bulkPut(changed)
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
    const touched: Touched = { updated: [], deleted: [] }
    await guardStorage(() =>
      database.transaction(
        'rw',
        [database.articles, database.tags, database.settings, database.journal],
        async () => {
          for (const name of ['articles', 'tags', 'settings'] as const) {
            const mine = entries.filter((entry) => entry.table === name)
            if (mine.length > 0)
              await step(database, tableOf(database, name), mine, direction, outcome, touched)
          }
        },
      ),
    )
    announceChanges(database, { added: [], ...touched })
    onProgress?.(Math.min(keys.length, start + STEP), keys.length)
  }
  return outcome
}

export async function dropJournal(database: ArchiveDatabase, batch: string): Promise<void> {
  await database.journal.where('batch').equals(batch).delete()
}

const lockPrefix = 'newsroom-restore-journal:'

/** Marks the batch as this window's for as long as the window lives: a restore in progress, or
 * one its undo history can still take back. Another window starting up leaves it alone. */
export function holdJournal(batch: string): void {
  void navigator.locks.request(lockPrefix + batch, () => new Promise<never>(() => undefined))
}

async function heldBatches(): Promise<Set<string>> {
  const { held = [] } = await navigator.locks.query()
  const names = held.map((lock) => lock.name ?? '').filter((name) => name.startsWith(lockPrefix))
  return new Set(names.map((name) => name.slice(lockPrefix.length)))
}

export interface SettledJournals {
  /** Restores that stopped before finishing (the app quit or crashed) and were taken back. */
  rolledBack: number
}

/** At start: journals no window holds are either of restores that finished (their undo ended
 * with the window that ran them: dropped) or of restores cut off midway (taken back, so the
 * archive is as it was before, then dropped). */
export async function settleJournals(database: ArchiveDatabase): Promise<SettledJournals> {
  const held = await heldBatches()
  const batches = (await database.journal.orderBy('batch').uniqueKeys()).map(String)
  const finished = new Set(
    (await database.imports.toArray()).flatMap((record) =>
      record.batch === undefined ? [] : [record.batch],
    ),
  )
  let rolledBack = 0
  for (const batch of batches.filter((name) => !held.has(name))) {
    if (!finished.has(batch)) {
      await replayJournal(database, batch, 'undo')
      rolledBack++
    }
    await dropJournal(database, batch)
  }
  return { rolledBack }
}
