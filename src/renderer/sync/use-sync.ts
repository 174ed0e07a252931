// The window's bureau sync: one runner per window, started with it, told of every change to
// the shared tables (here or in another window: Dexie's storagemutated crosses windows), its
// status read by the toolbar and the 团队共享 dialog.
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { Dexie } from 'dexie'
import type { ObservabilitySet } from 'dexie'
import type { ArchiveDatabase } from '../db/database'
import { SyncRunner } from './sync-runner'
import type { SyncStatus } from './sync-runner'
import type { SyncApi } from './api-remote'

/** The tables whose records are shared; sync's own bookkeeping is not among them. */
const sharedTables = ['articles', 'tags', 'settings']

function touchesShared(database: ArchiveDatabase, parts: ObservabilitySet): boolean {
  const prefixes = sharedTables.map((table) => `idb://${database.name}/${table}/`)
  return Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))
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
      if (touchesShared(database, parts)) runner.request()
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
