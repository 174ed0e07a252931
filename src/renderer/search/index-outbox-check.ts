// The search index against its outbox (db/index-outbox.ts). At start, the articles named there
// are the only ones whose indexed version may differ from the archive's. Each save deletes the
// rows it is known to hold: those read before the index was caught up at start, and those
// whose every change (the latest per article, among the rows read) is the engine's already. A
// row whose change has not reached the engine (a write announced late, or never) stays for the
// next save or start.
import type { SearchEngine } from '../../core/search'
import type { ArchiveDatabase } from '../db/database'
import type { IndexChange, IndexOutboxRecord } from '../db/index-outbox'

/** Beyond this many articles named, checking every version from index keys is cheaper than
 * reading each one's tag list. */
const CHECK_ALL_FROM = 20_000

export interface PendingChanges {
  /** The last row read: an index caught up from this read holds every row up to it. */
  through: number
  /** Rows read. */
  rows: number
  /** The articles named; null: every article's version must be checked. */
  ids: Set<string> | null
}

/** Up to which row each engine was caught up with the archive at start. */
const caughtUp = new WeakMap<SearchEngine, number>()

export function markCaughtUp(engine: SearchEngine, through: number): void {
  caughtUp.set(engine, through)
}

/** The outbox as it stands (read before the archive is, at start). */
export async function readPendingChanges(database: ArchiveDatabase): Promise<PendingChanges> {
  const rows = await database.indexOutbox.toArray()
  let ids: Set<string> | null = new Set()
  for (const row of rows) {
    if (row.changes === null) ids = null
    for (const [id] of row.changes ?? []) ids?.add(id)
  }
  if (ids !== null && ids.size > CHECK_ALL_FROM) ids = null
  return { through: rows.at(-1)?.seq ?? 0, rows: rows.length, ids }
}

const held = (engine: SearchEngine, [id, version]: IndexChange): boolean =>
  version === null ? !engine.has(id) : engine.versionOf(id) === version

/** The rows `engine`, as it is now, holds: the ones a save of it may delete. */
export function rowsHeld(engine: SearchEngine, rows: readonly IndexOutboxRecord[]): number[] {
  const through = caughtUp.get(engine) ?? 0
  const latest = new Map<string, IndexChange>()
  for (const row of rows) for (const change of row.changes ?? []) latest.set(change[0], change)
  const isHeld = (row: IndexOutboxRecord) =>
    row.changes !== null &&
    row.changes.every(([id]) => {
      const change = latest.get(id)
      return change !== undefined && held(engine, change)
    })
  return rows.flatMap((row) =>
    row.seq !== undefined && (row.seq <= through || isHeld(row)) ? [row.seq] : [],
  )
}
