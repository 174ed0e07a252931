// Test support: an index saved to a map (as the app saves it to IndexedDB) and loaded back,
// every shard or only some — the steps of a start-up, for tests.
import type { SearchEngine } from '../engine'
import { exportIndex, loadShard, MANIFEST_KEY, openIndex } from '../persist'
import type { PersistedChunk, RestorePlan, ShardToLoad } from '../persist'

export type Store = Map<string, PersistedChunk['data']>

/** Writes what `exportIndex` asks for into `store` (all shards, or only changed ones). */
export function saveTo(engine: SearchEngine, store: Store, options: { all?: boolean } = {}): void {
  const plan = exportIndex(engine, { all: options.all })
  for (const key of plan.remove) store.delete(key)
  for (const chunk of plan.put) store.set(chunk.key, chunk.data)
}

/** Opens the stored index; throws when it is missing, stale or corrupt. */
export function openStored(store: Store): RestorePlan {
  const plan = openIndex(store.get(MANIFEST_KEY))
  if (!plan.ok) throw new Error(plan.reason)
  return plan
}

/** Loads the given shards (all by default), newest first; throws if one fails. */
export async function loadStored(
  plan: RestorePlan,
  store: Store,
  shards: readonly ShardToLoad[] = plan.shards,
): Promise<SearchEngine> {
  for (const shard of shards) {
    const parts = shard.keys.map((key) => store.get(key))
    const loaded = await loadShard(plan.engine, shard.name, parts)
    if (!loaded.ok) throw new Error(`${shard.name}: ${loaded.reason}`)
  }
  return plan.engine
}
