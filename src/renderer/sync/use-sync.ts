// The window's bureau sync: one runner per window, started with it, told of every change to
// the shared tables (here or in another window: Dexie's storagemutated crosses windows), its
// status read by the toolbar and the 团队共享 dialog.
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { Dexie } from 'dexie'
import type { IntervalTree, IntervalTreeNode, ObservabilitySet } from 'dexie'
import type { ArchiveDatabase } from '../db/database'
import { writtenTables } from '../db/mutated-parts'
import { SyncRunner } from './sync-runner'
import type { SyncStatus } from './sync-runner'
import type { SyncApi } from './api-remote'

/** The tables whose records are shared (an article's tags are stored apart from it, in
 * tagLists); sync's own bookkeeping is not among them. */
const sharedTables = ['articles', 'tagLists', 'tags', 'settings']

/**
 * Whether a committed transaction (Dexie's mutated parts) asks for a round: it wrote a shared
 * table, and it is not sync's own commit — which always writes its bookkeeping (syncEntries)
 * with the records, while nothing else does. Otherwise every article a colleague sent would
 * start a round here that looks through the whole archive for what to send back.
 */
export function asksForRound(database: ArchiveDatabase, parts: ObservabilitySet): boolean {
  const written = writtenTables(parts, database.name)
  return !written.has('syncEntries') && sharedTables.some((table) => written.has(table))
}

/** The keys of an interval tree (Dexie's RangeSet, or the plain object it is when it comes from
 * another window) if every range in it is one string key; null otherwise. */
function exactKeys(tree: IntervalTree | undefined, into: string[]): string[] | null {
  if (tree === undefined || tree.d === 0) return into
  const node = tree as IntervalTreeNode
  if (exactKeys(node.l ?? undefined, into) === null) return null
  if (typeof node.from !== 'string' || node.from !== node.to) return null
  into.push(node.from)
  return exactKeys(node.r ?? undefined, into)
}

/**
 * The articles a transaction changed, when the parts name them one by one (a few edits, a
 * deletion); 'all' when they do not (a bulk write marks whole ranges) or tags and settings
 * changed too: the round then looks through the whole archive.
 */
export function changedArticles(
  database: ArchiveDatabase,
  parts: ObservabilitySet,
): readonly string[] | 'all' {
  const written = writtenTables(parts, database.name)
  if (written.has('tags') || written.has('settings')) return 'all'
  const articles = exactKeys(parts[`idb://${database.name}/articles/`], [])
  const tagged = exactKeys(parts[`idb://${database.name}/tagLists/`], [])
  return articles === null || tagged === null ? 'all' : [...new Set([...articles, ...tagged])]
}

export function useSyncRunner(api: SyncApi | null, database: ArchiveDatabase): SyncRunner | null {
  const runner = useMemo(
    () => (api === null ? null : new SyncRunner(api, database)),
    [api, database],
  )
  useEffect(() => {
    if (runner === null) return
    void runner.start()
    const changed = (parts: ObservabilitySet) => {
      if (asksForRound(database, parts)) runner.request(changedArticles(database, parts))
    }
    Dexie.on('storagemutated', changed)
    return () => {
      Dexie.on.storagemutated.unsubscribe(changed)
      void runner.stop()
    }
  }, [runner, database])
  return runner
}

const noRunner = (): (() => void) => () => undefined

export function useSyncStatus(runner: SyncRunner | null): SyncStatus | null {
  return useSyncExternalStore(runner?.subscribe ?? noRunner, () => runner?.status ?? null)
}
