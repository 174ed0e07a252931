// Saved searches and collections (专题集): what a correspondent keeps to come back to. A saved
// search is a query under a name, counted live, with the time it was last opened so that what
// arrived since is marked; a collection is a list of articles in the user's order, and an article
// may be in several. Both are stored as archive settings (one record each, keyed by kind and id)
// so that they travel with every backup, restore and shared file; what comes back from a file is
// checked here before it is believed.
import type { SortOrder } from '../search/rank'

export interface SavedSearch {
  id: string
  name: string
  query: string
  sort: SortOrder
  createdAt: number
  /** When the user last opened it: articles imported after are new to them. */
  seenAt: number
}

export interface Collection {
  id: string
  name: string
  /** In the user's order. */
  articleIds: string[]
  createdAt: number
  updatedAt: number
}

export const savedSearchPrefix = 'savedSearch.'
export const collectionPrefix = 'collection.'

const maxName = 200
const maxQuery = 2000
const maxArticles = 100_000
const sorts: readonly SortOrder[] = ['relevance', 'newest', 'oldest']

export function savedSearchKey(id: string): string {
  return `${savedSearchPrefix}${id}`
}

export function collectionKey(id: string): string {
  return `${collectionPrefix}${id}`
}

/** A name as kept: trimmed, one line, at most 200 characters; null if nothing is left. */
export function cleanName(typed: string): string | null {
  const name = typed.replace(/\s+/gu, ' ').trim().slice(0, maxName)
  return name === '' ? null : name
}

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** A stored or restored value, if it is a saved search. */
export function readSavedSearch(value: unknown): SavedSearch | null {
  if (typeof value !== 'object' || value === null) return null
  const { id, name, query, sort, createdAt, seenAt } = value as Record<string, unknown>
  if (!isText(id, maxName) || !isText(name, maxName) || !isText(query, maxQuery)) return null
  if (!sorts.includes(sort as SortOrder) || !isTime(createdAt) || !isTime(seenAt)) return null
  const clean = cleanName(name)
  if (clean === null || query.trim() === '') return null
  return { id, name: clean, query, sort: sort as SortOrder, createdAt, seenAt }
}

/** A stored or restored value, if it is a collection (ids repeated in it kept once). */
export function readCollection(value: unknown): Collection | null {
  if (typeof value !== 'object' || value === null) return null
  const { id, name, articleIds, createdAt, updatedAt } = value as Record<string, unknown>
  if (!isText(id, maxName) || !isText(name, maxName) || !Array.isArray(articleIds)) return null
  if (articleIds.length > maxArticles || !isTime(createdAt) || !isTime(updatedAt)) return null
  if (!articleIds.every((item) => isText(item, maxName))) return null
  const clean = cleanName(name)
  if (clean === null) return null
  return { id, name: clean, articleIds: [...new Set(articleIds)], createdAt, updatedAt }
}

/** `ids` added at the end, those already in it staying where they are. */
export function withArticles(collection: Collection, ids: readonly string[], now: number) {
  const present = new Set(collection.articleIds)
  const added = ids.filter((id) => !present.has(id))
  return {
    ...collection,
    articleIds: [...collection.articleIds, ...new Set(added)],
    updatedAt: now,
  }
}

export function withoutArticles(collection: Collection, ids: readonly string[], now: number) {
  const removed = new Set(ids)
  const articleIds = collection.articleIds.filter((id) => !removed.has(id))
  return { ...collection, articleIds, updatedAt: now }
}

/** `ids` moved one place up (−1) or down (+1) together, keeping their own order. */
export function movedArticles(
  collection: Collection,
  ids: readonly string[],
  step: -1 | 1,
  now: number,
): Collection {
  const moving = new Set(ids)
  const list = [...collection.articleIds]
  const order = step < 0 ? list.map((_, i) => i) : list.map((_, i) => list.length - 1 - i)
  for (const at of order) {
    const id = list[at]
    const to = at + step
    const other = list[to]
    if (id === undefined || other === undefined || !moving.has(id) || moving.has(other)) continue
    list[to] = id
    list[at] = other
  }
  return { ...collection, articleIds: list, updatedAt: now }
}
