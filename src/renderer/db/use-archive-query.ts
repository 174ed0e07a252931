// A live query whose re-runs are throttled. Dexie's useLiveQuery re-runs a query after every
// write it may be affected by; for queries over the whole archive (every key, a count) that
// means a full index scan per import batch, which holds up the batch writes. This runs the
// query at most once per `intervalMs` while the archive changes — in this window or another —
// and a query that takes long (every key of a large archive) waits four times its own duration,
// so it never takes more than a fifth of the time a restore or an import needs for its writes.
// A value belongs to the deps it was read for: when they change it is undefined until the new
// one is read, so a view never shows the old list under a new label.
// While `paused` (a view covered by another) it keeps its value and reads nothing; it reads
// again when resumed only if the archive changed meanwhile. Only writes to the tables it reads,
// in its own database, count (the search index's own saves, sync's bookkeeping do not), and a
// bulk write of this window (db/bulk-writes) is read once, when it ends.
import { Dexie } from 'dexie'
import type { ObservabilitySet } from 'dexie'
import type { DependencyList } from 'react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { bulkWriteRunning, onBulkWritesEnd } from './bulk-writes'
import { writtenTables } from './mutated-parts'

export interface ArchiveQueryOptions {
  intervalMs?: number
  paused?: boolean
  /** The tables the query reads; writes to others never re-run it. */
  tables?: readonly string[]
}

/** Articles, read whole: their tags are stored apart from them (db/tag-lists.ts). */
const defaultTables = ['articles', 'tagLists']

/** Whether a committed write touched the tables read, in this database (Dexie tells of every
 * database of the origin, here and, through its BroadcastChannel, in other windows). */
function touches(parts: ObservabilitySet, database: Dexie, tables: readonly string[]): boolean {
  const written = writtenTables(parts, database.name)
  return tables.some((table) => written.has(table))
}

export function useArchiveQuery<T>(
  database: Dexie,
  querier: () => Promise<T>,
  deps: DependencyList,
  { intervalMs = 750, paused = false, tables = defaultTables }: ArchiveQueryOptions = {},
): T | undefined {
  // A new object whenever the deps change: what a value read for them is stamped with.
  // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo
  const generation = useMemo(() => ({}), [...deps])
  const [read, setRead] = useState<{ generation: object; value: T } | null>(null)
  /** The generation whose value is current: nothing written since it was read. */
  const fresh = useRef<object | null>(null)
  useEffect(() => {
    const stale = () => {
      fresh.current = null
    }
    const staleIfRead = (parts: ObservabilitySet) => {
      if (touches(parts, database, tables)) stale()
    }
    if (paused) {
      Dexie.on('storagemutated', staleIfRead)
      return () => {
        Dexie.on.storagemutated.unsubscribe(staleIfRead)
      }
    }
    let cancelled = false
    let running = false
    let pending = false
    let timer: ReturnType<typeof setTimeout> | null = null
    let lastRun = 0
    let gap = intervalMs
    const run = async () => {
      running = true
      lastRun = performance.now()
      fresh.current = generation
      try {
        const result = await querier()
        if (!cancelled) setRead({ generation, value: result })
      } finally {
        running = false
        gap = Math.max(intervalMs, 4 * (performance.now() - lastRun))
        if (pending) {
          pending = false
          schedule()
        }
      }
    }
    let afterBulk = false
    const schedule = () => {
      stale()
      if (bulkWriteRunning()) {
        afterBulk = true
        return
      }
      if (running) {
        pending = true
        return
      }
      if (timer !== null || cancelled) return
      const wait = Math.max(0, lastRun + gap - performance.now())
      timer = setTimeout(() => {
        timer = null
        void run()
      }, wait)
    }
    const changed = (parts: ObservabilitySet) => {
      if (touches(parts, database, tables)) schedule()
    }
    if (fresh.current !== generation) void run()
    Dexie.on('storagemutated', changed)
    const stopBulk = onBulkWritesEnd(() => {
      if (!afterBulk) return
      afterBulk = false
      schedule()
    })
    return () => {
      cancelled = true
      // A read cut short leaves nothing read for this generation.
      if (running) stale()
      Dexie.on.storagemutated.unsubscribe(changed)
      stopBulk()
      if (timer !== null) clearTimeout(timer)
    }
    // The caller's deps decide when the querier is new; `tables` is read as first given.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation, intervalMs, paused, database])
  return read?.generation === generation ? read.value : undefined
}
