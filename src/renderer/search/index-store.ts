// Keeps the search index in step with the archive: restores it from its stored chunks at
// start (newest shards first, so recent articles are searchable at once), rebuilds it from
// Dexie when it is missing, stale or corrupt, and writes back only the shards that changed.
import type { Article } from '../../shared/article'
import {
  exportIndex,
  loadShard,
  MANIFEST_KEY,
  openIndex,
  SearchEngine,
  searchDocFromArticle,
} from '../../core/search'
import type { ArchiveDatabase } from '../db/database'

export interface IndexProgress {
  phase: 'restoring' | 'rebuilding' | 'ready'
  done: number
  total: number
}

const rebuildPage = 2000

/**
 * A cheap fingerprint of the archive: any import, edit or delete changes it. A stored index
 * whose stamp differs was written before changes it never saw, and is rebuilt.
 */
export async function archiveStamp(database: ArchiveDatabase): Promise<string> {
  return (await stampAndCount(database)).stamp
}

async function stampAndCount(database: ArchiveDatabase): Promise<{ stamp: string; count: number }> {
  const [count, lastEdit, lastImport] = await Promise.all([
    database.articles.count(),
    database.articles.orderBy('updatedAt').last(),
    database.articles.orderBy('importedAt').last(),
  ])
  return { stamp: `${count}:${lastEdit?.updatedAt ?? 0}:${lastImport?.importedAt ?? 0}`, count }
}

/** Restores the stored index, or rebuilds it. `onReady` fires as soon as searching is useful. */
export async function openSearchIndex(
  database: ArchiveDatabase,
  onProgress: (progress: IndexProgress) => void,
  onSearchable: (engine: SearchEngine) => void,
): Promise<SearchEngine> {
  const { stamp, count } = await stampAndCount(database)
  const manifest = await database.searchChunks.get(MANIFEST_KEY)
  const plan = openIndex(manifest?.data)
  if (plan.ok && plan.stamp === stamp) {
    const restored = await restoreShards(database, plan, onProgress, onSearchable)
    // As many articles indexed as stored: none can be missing (the stamp holds the count).
    if (restored && plan.engine.size === count) return plan.engine
    if (restored) {
      if ((await addMissing(database, plan.engine)) > 0)
        await saveSearchIndex(database, plan.engine)
      return plan.engine
    }
  }
  return rebuild(database, onProgress, onSearchable)
}

/**
 * Articles the stored index lacks although its stamp matches (a window closed between storing a
 * batch and the save that would have held it): indexed now from the archive, so a search never
 * silently misses them. Returns how many there were.
 */
export async function addMissing(database: ArchiveDatabase, engine: SearchEngine): Promise<number> {
  const ids = await database.articles.toCollection().primaryKeys()
  const missing = ids.filter((id) => !engine.has(id))
  for (let start = 0; start < missing.length; start += rebuildPage) {
    const page = await database.articles.bulkGet(missing.slice(start, start + rebuildPage))
    for (const article of page) if (article !== undefined) engine.add(searchDocFromArticle(article))
  }
  return missing.length
}

async function restoreShards(
  database: ArchiveDatabase,
  plan: Extract<ReturnType<typeof openIndex>, { ok: true }>,
  onProgress: (progress: IndexProgress) => void,
  onSearchable: (engine: SearchEngine) => void,
): Promise<boolean> {
  const total = plan.shards.reduce((sum, shard) => sum + shard.docs, 0)
  let done = 0
  for (const shard of plan.shards) {
    const parts = await database.searchChunks.bulkGet(shard.keys)
    const loaded = await loadShard(
      plan.engine,
      shard.name,
      parts.map((part) => part?.data),
    )
    if (!loaded.ok) return false
    done += shard.docs
    onProgress({ phase: 'restoring', done, total })
    if (done === shard.docs) onSearchable(plan.engine)
  }
  if (plan.shards.length === 0) onSearchable(plan.engine)
  onProgress({ phase: 'ready', done: total, total })
  return true
}

async function rebuild(
  database: ArchiveDatabase,
  onProgress: (progress: IndexProgress) => void,
  onSearchable: (engine: SearchEngine) => void,
): Promise<SearchEngine> {
  const engine = new SearchEngine()
  const total = await database.articles.count()
  let done = 0
  let last: string | null = null
  onSearchable(engine)
  for (;;) {
    const page: Article[] = await (last === null
      ? database.articles.orderBy(':id').limit(rebuildPage).toArray()
      : database.articles.where(':id').above(last).limit(rebuildPage).toArray())
    if (page.length === 0) break
    for (const article of page) engine.add(searchDocFromArticle(article))
    engine.flush()
    done += page.length
    last = page[page.length - 1]?.id ?? null
    onProgress({ phase: 'rebuilding', done, total })
  }
  await saveSearchIndex(database, engine, { all: true })
  onProgress({ phase: 'ready', done, total })
  return engine
}

/** Applies changed articles (added, edited, retagged or deleted) to the index at once. */
export async function applyArticleChanges(
  database: ArchiveDatabase,
  engine: SearchEngine,
  ids: readonly string[],
): Promise<void> {
  const articles = await database.articles.bulkGet([...ids])
  articles.forEach((article, index) => {
    if (article !== undefined) engine.add(searchDocFromArticle(article))
    else {
      const id = ids[index]
      if (id !== undefined) engine.remove(id)
    }
  })
}

/** Writes the shards that changed since the last save, stamped with the archive's state. */
export async function saveSearchIndex(
  database: ArchiveDatabase,
  engine: SearchEngine,
  options: { all?: boolean } = {},
): Promise<void> {
  const stamp = await archiveStamp(database)
  const plan = await exportIndex(engine, stamp, options)
  await database.transaction('rw', database.searchChunks, async () => {
    // A whole new index replaces every stored chunk, including shards of an older index.
    if (options.all === true) await database.searchChunks.clear()
    else await database.searchChunks.bulkDelete(plan.remove)
    await database.searchChunks.bulkPut(plan.put.map((chunk) => ({ ...chunk, stamp })))
  })
}
