// Every operation of this layer that changes articles announces it here once its transaction
// has committed, so the search index (and anything else derived from articles) updates at once.
// Announcements also go to the other windows open on the same archive (BroadcastChannel), so
// each window's index stays in step; the UI itself follows through Dexie's live queries.
import type { ArchiveDatabase } from '../db/database'

/** `retagged`: only the articles' tag lists (tags and version) changed, never their text. */
export type ArticlesChangedKind = 'added' | 'updated' | 'deleted' | 'retagged'

const kinds: readonly ArticlesChangedKind[] = ['deleted', 'added', 'updated', 'retagged']

export type ArticlesChangedListener = (ids: readonly string[], kind: ArticlesChangedKind) => void

interface Subscribers {
  listeners: Set<ArticlesChangedListener>
  channel: BroadcastChannel | null
}

const subscribers = new WeakMap<ArchiveDatabase, Subscribers>()

function channelName(database: ArchiveDatabase): string {
  return `newsroom-archive-changes:${database.name}`
}

function isMessage(data: unknown): data is { ids: string[]; kind: ArticlesChangedKind } {
  if (typeof data !== 'object' || data === null) return false
  const { ids, kind } = data as { ids?: unknown; kind?: unknown }
  return (
    Array.isArray(ids) &&
    ids.every((id) => typeof id === 'string') &&
    kinds.includes(kind as ArticlesChangedKind)
  )
}

function tell(
  set: Iterable<ArticlesChangedListener>,
  ids: readonly string[],
  kind: ArticlesChangedKind,
) {
  for (const listener of set) {
    try {
      listener(ids, kind)
    } catch (error) {
      console.error(error)
    }
  }
}

function subscribersOf(database: ArchiveDatabase): Subscribers {
  const found = subscribers.get(database)
  if (found !== undefined) return found
  const created: Subscribers = { listeners: new Set(), channel: null }
  if (typeof BroadcastChannel === 'function') {
    created.channel = new BroadcastChannel(channelName(database))
    created.channel.onmessage = (event: MessageEvent) => {
      if (isMessage(event.data)) tell(created.listeners, event.data.ids, event.data.kind)
    }
  }
  subscribers.set(database, created)
  return created
}

/** Subscribes to article changes made here or in another window; returns the unsubscribe. */
export function onArticlesChanged(
  database: ArchiveDatabase,
  listener: ArticlesChangedListener,
): () => void {
  const { listeners } = subscribersOf(database)
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export interface ArticleChangeSummary {
  added: readonly string[]
  updated: readonly string[]
  deleted: readonly string[]
  retagged?: readonly string[]
}

/** Tells every listener; a failing listener does not stop the others or the operation. */
export function announceChanges(database: ArchiveDatabase, summary: ArticleChangeSummary): void {
  const { listeners, channel } = subscribersOf(database)
  for (const kind of kinds) {
    const ids = summary[kind] ?? []
    if (ids.length === 0) continue
    tell(listeners, ids, kind)
    channel?.postMessage({ ids: [...ids], kind })
  }
}

/**
 * Tells only the other windows. For changes this window has already applied to its own derived
 * state, such as import batches handed to the search worker with their text.
 */
export function announceToOtherWindows(
  database: ArchiveDatabase,
  ids: readonly string[],
  kind: ArticlesChangedKind,
): void {
  if (ids.length > 0) subscribersOf(database).channel?.postMessage({ ids: [...ids], kind })
}
