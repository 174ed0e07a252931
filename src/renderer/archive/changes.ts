// Every operation of this layer that changes articles announces it here once its transaction
// has committed, so the search index (and anything else derived from articles) updates at once.
// Other windows see the same changes through Dexie's live queries and `storagemutated`.
import type { ArchiveDatabase } from '../db/database'

export type ArticlesChangedKind = 'added' | 'updated' | 'deleted'

export type ArticlesChangedListener = (ids: readonly string[], kind: ArticlesChangedKind) => void

const listeners = new WeakMap<ArchiveDatabase, Set<ArticlesChangedListener>>()

/** Subscribes to article changes made through this layer; returns the unsubscribe function. */
export function onArticlesChanged(
  database: ArchiveDatabase,
  listener: ArticlesChangedListener,
): () => void {
  const set = listeners.get(database) ?? new Set<ArticlesChangedListener>()
  listeners.set(database, set)
  set.add(listener)
  return () => set.delete(listener)
}

export interface ArticleChangeSummary {
  added: readonly string[]
  updated: readonly string[]
  deleted: readonly string[]
}

/** Tells every listener; a failing listener does not stop the others or the operation. */
export function announceChanges(database: ArchiveDatabase, summary: ArticleChangeSummary): void {
  const set = listeners.get(database)
  if (set === undefined) return
  for (const kind of ['deleted', 'added', 'updated'] as const) {
    const ids = summary[kind]
    if (ids.length === 0) continue
    for (const listener of set) {
      try {
        listener(ids, kind)
      } catch (error) {
        console.error(error)
      }
    }
  }
}
