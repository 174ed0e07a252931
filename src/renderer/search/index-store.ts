// Keeps the search index in step with the archive: restores it from its stored chunks at
// start (newest shards first, so recent articles are searchable at once), then indexes again
// the articles written since it was saved — those its outbox names (search/index-outbox-check.ts),
// or every article whose version differs when the outbox cannot tell; rebuilds it from Dexie
// when it is missing, of an older format or corrupt. Saving is the caller's (the worker runs
// every save in one queue, so two never interleave).
import {
  exportIndex,
  loadShard,
  MANIFEST_KEY,
  openIndex,
  SearchEngine,
  searchDocFromArticle,
} from '../../core/search'
import type { ArchiveDatabase } from '../db/database'
import { articleVersions } from '../db/article-versions'
import { pagesByKey } from '../db/key-pages'
import { markCaughtUp, readPendingChanges, rowsHeld } from './index-outbox-check'
import type { PendingChanges } from './index-outbox-check'

export interface IndexProgress {
  phase: 'restoring' | 'rebuilding' | 'ready'
  done: number
  total: number
}

/** What the opened index needs written: nothing, its changed shards, or everything anew. */
export type IndexSave = 'none' | 'changed' | 'all'

export interface OpenedIndex {
  engine: SearchEngine
  save: IndexSave
}

const rebuildPage = 2000
/** Articles changed at once are read back from the archive this many at a time. */
export const CHANGED_PAGE = 1000

/** Writes the index (or every shard of it anew); the caller's, so that saves never interleave. */
export type SaveIndex = (engine: SearchEngine, all: boolean) => Promise<void>

/**
 * Restores the stored index, or rebuilds it. `onSearchable` fires as soon as searching is
 * useful. A rebuild, or a catch-up of at least a page of articles, is saved before the index
 * says it is ready: a window closed soon after would otherwise leave the same work to every
 * start after it. What is left to save (a small catch-up) is the caller's.
 */
export async function openSearchIndex(
  database: ArchiveDatabase,
  onProgress: (progress: IndexProgress) => void,
  onSearchable: (engine: SearchEngine) => void,
  save: SaveIndex,
): Promise<OpenedIndex> {
  // Read before the archive: whatever is written after it is in rows after it.
  const pending = await readPendingChanges(database)
  const manifest = await database.searchChunks.get(MANIFEST_KEY)
  const plan = openIndex(manifest?.data)
  if (plan.ok) {
    const restored = await restoreShards(database, plan, onProgress, onSearchable)
    if (restored !== null) {
      const stale = await catchUp(database, plan.engine, restored, pending, onProgress)
      markCaughtUp(plan.engine, pending.through)
      const big = stale.length >= CHANGED_PAGE
      if (big) await save(plan.engine, false)
      onProgress({ phase: 'ready', done: restored + stale.length, total: restored + stale.length })
      // A save also empties the outbox of what the index now holds.
      const unsaved = !big && (stale.length > 0 || pending.rows > 0)
      return { engine: plan.engine, save: unsaved ? 'changed' : 'none' }
    }
  }
  const engine = await rebuild(database, onProgress, onSearchable)
  markCaughtUp(engine, pending.through)
  await save(engine, true)
  onProgress({ phase: 'ready', done: engine.size, total: engine.size })
  return { engine, save: 'none' }
}

/**
 * Articles whose indexed version is not the archive's: added, edited or deleted since the index
 * was saved (a window closed between storing a batch and the save that would have held it, an
 * edit whose message was on its way). Read from index keys only, never the records: every
 * article has a version (its tag list's), so the versions name every article.
 */
export async function staleIds(database: ArchiveDatabase, engine: SearchEngine): Promise<string[]> {
  const versions = await articleVersions(database)
  const stale: string[] = []
  for (const [id, version] of versions) if (engine.versionOf(id) !== version) stale.push(id)
  for (const id of engine.ids()) if (!versions.has(id)) stale.push(id)
  return stale
}

/** The articles among `ids` whose indexed version is not the archive's (read from their tag
 * lists: an article deleted has none). */
async function staleAmong(
  database: ArchiveDatabase,
  engine: SearchEngine,
  ids: ReadonlySet<string>,
): Promise<string[]> {
  const named = [...ids]
  const lists = await database.tagLists.bulkGet(named)
  return named.filter((id, index) => {
    const list = lists[index]
    return list === undefined ? engine.has(id) : engine.versionOf(id) !== list.updatedAt
  })
}

/** Indexes the stale articles again (answers stay partial until they are in); returns them. */
async function catchUp(
  database: ArchiveDatabase,
  engine: SearchEngine,
  restored: number,
  pending: PendingChanges,
  onProgress: (progress: IndexProgress) => void,
): Promise<string[]> {
  const stale =
    pending.ids === null
      ? await staleIds(database, engine)
      : await staleAmong(database, engine, pending.ids)
  const total = restored + stale.length
  for (let start = 0; start < stale.length; start += CHANGED_PAGE) {
    onProgress({ phase: 'restoring', done: restored + start, total })
    await applyArticleChanges(database, engine, stale.slice(start, start + CHANGED_PAGE))
  }
  return stale
}

/** Loads every stored shard; the number of articles they hold, or null if one is corrupt. */
async function restoreShards(
  database: ArchiveDatabase,
  plan: Extract<ReturnType<typeof openIndex>, { ok: true }>,
  onProgress: (progress: IndexProgress) => void,
  onSearchable: (engine: SearchEngine) => void,
): Promise<number | null> {
  const total = plan.shards.reduce((sum, shard) => sum + shard.docs, 0)
  let done = 0
  for (const shard of plan.shards) {
    const parts = await database.searchChunks.bulkGet(shard.keys)
    const loaded = await loadShard(
      plan.engine,
      shard.name,
      parts.map((part) => part?.data),
    )
    if (!loaded.ok) return null
    done += shard.docs
    // The last shard is told by catchUp, once the archive's versions are checked.
    if (done < total) onProgress({ phase: 'restoring', done, total })
    if (done === shard.docs) onSearchable(plan.engine)
  }
  if (plan.shards.length === 0) onSearchable(plan.engine)
  return total
}

async function rebuild(
  database: ArchiveDatabase,
  onProgress: (progress: IndexProgress) => void,
  onSearchable: (engine: SearchEngine) => void,
): Promise<SearchEngine> {
  const engine = new SearchEngine()
  const total = await database.articles.count()
  let done = 0
  onSearchable(engine)
  for await (const page of pagesByKey(database.articles, rebuildPage)) {
    for (const article of page) engine.add(searchDocFromArticle(article))
    engine.flush()
    done += page.length
    onProgress({ phase: 'rebuilding', done, total })
  }
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

/** Applies new tags (a tagging) from the articles' tag lists, without reading their text; an
 * article not indexed, or without a list, is read whole. */
export async function applyTagChanges(
  database: ArchiveDatabase,
  engine: SearchEngine,
  ids: readonly string[],
): Promise<void> {
  const lists = await database.tagLists.bulkGet([...ids])
  const whole: string[] = []
  ids.forEach((id, index) => {
    const list = lists[index]
    if (list === undefined || !engine.retag(id, list.tags, list.updatedAt)) whole.push(id)
  })
  if (whole.length > 0) await applyArticleChanges(database, engine, whole)
}

/** Writes the shards that changed since the last save (or every shard, replacing all records),
 * then deletes the outbox rows the written index holds. Apart, so that the archive's writes
 * (which write the outbox) never wait for a shard's megabytes: a window closed in between
 * leaves rows that the next start merely checks again. */
export async function saveSearchIndex(
  database: ArchiveDatabase,
  engine: SearchEngine,
  options: { all?: boolean } = {},
): Promise<void> {
  const rows = await database.indexOutbox.toArray()
  // In one step with the export: the rows held are held by what is written.
  const plan = exportIndex(engine, options)
  const held = rowsHeld(engine, rows)
  await database.transaction('rw', database.searchChunks, async () => {
    // A whole new index replaces every stored chunk, including shards of an older index.
    if (options.all === true) await database.searchChunks.clear()
    else await database.searchChunks.bulkDelete(plan.remove)
    await database.searchChunks.bulkPut(plan.put)
  })
  if (held.length > 0) await database.indexOutbox.bulkDelete(held)
}
