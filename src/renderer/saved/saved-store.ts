// Saved searches and collections in the archive's settings table (core/saved/saved.ts says why
// there): listed, written and removed one record each.
import {
  collectionKey,
  collectionPrefix,
  readCollection,
  readSavedSearch,
  savedSearchKey,
  savedSearchPrefix,
} from '../../core/saved/saved'
import type { Collection, SavedSearch } from '../../core/saved/saved'
import type { SortOrder } from '../../core/search'
import { compareChinese } from '../../shared/collation'
import type { ArchiveDatabase } from '../db/database'
import { guardStorage } from '../db/errors'

async function valuesUnder(database: ArchiveDatabase, prefix: string): Promise<unknown[]> {
  const records = await database.settings.where(':id').startsWith(prefix).toArray()
  return records.map((record) => record.value)
}

/** Saved searches by name, in pinyin order. */
export async function listSavedSearches(database: ArchiveDatabase): Promise<SavedSearch[]> {
  const found = (await valuesUnder(database, savedSearchPrefix)).map(readSavedSearch)
  return found.filter((item) => item !== null).sort((a, b) => compareChinese(a.name, b.name))
}

export async function listCollections(database: ArchiveDatabase): Promise<Collection[]> {
  const found = (await valuesUnder(database, collectionPrefix)).map(readCollection)
  return found.filter((item) => item !== null).sort((a, b) => compareChinese(a.name, b.name))
}

export async function readCollectionById(
  database: ArchiveDatabase,
  id: string,
): Promise<Collection | null> {
  return readCollection((await database.settings.get(collectionKey(id)))?.value)
}

export function putSavedSearch(database: ArchiveDatabase, saved: SavedSearch): Promise<void> {
  return guardStorage(async () => {
    await database.settings.put({ key: savedSearchKey(saved.id), value: saved })
  })
}

export function putCollection(database: ArchiveDatabase, collection: Collection): Promise<void> {
  return guardStorage(async () => {
    await database.settings.put({ key: collectionKey(collection.id), value: collection })
  })
}

export async function saveSearch(
  database: ArchiveDatabase,
  name: string,
  query: string,
  sort: SortOrder,
  now = Date.now(),
): Promise<SavedSearch> {
  const saved = { id: crypto.randomUUID(), name, query, sort, createdAt: now, seenAt: now }
  await putSavedSearch(database, saved)
  return saved
}

export async function createCollection(
  database: ArchiveDatabase,
  name: string,
  articleIds: readonly string[],
  now = Date.now(),
): Promise<Collection> {
  const ids = [...new Set(articleIds)]
  const collection = {
    id: crypto.randomUUID(),
    name,
    articleIds: ids,
    createdAt: now,
    updatedAt: now,
  }
  await putCollection(database, collection)
  return collection
}

export function removeSavedSearch(database: ArchiveDatabase, id: string): Promise<void> {
  return guardStorage(() => database.settings.delete(savedSearchKey(id)))
}

export function removeCollection(database: ArchiveDatabase, id: string): Promise<void> {
  return guardStorage(() => database.settings.delete(collectionKey(id)))
}

/** A collection changed by `edit`, read and written in one transaction. */
export function updateCollection(
  database: ArchiveDatabase,
  id: string,
  edit: (collection: Collection) => Collection,
): Promise<Collection | null> {
  return guardStorage(() =>
    database.transaction('rw', database.settings, async () => {
      const current = await readCollectionById(database, id)
      if (current === null) return null
      const next = edit(current)
      await database.settings.put({ key: collectionKey(id), value: next })
      return next
    }),
  )
}

/** The articles of a collection that are still in the archive, in its order. */
export async function collectionArticles(
  database: ArchiveDatabase,
  collection: Collection,
): Promise<string[]> {
  const present = new Set(
    await database.articles.where(':id').anyOf(collection.articleIds).primaryKeys(),
  )
  return collection.articleIds.filter((id) => present.has(id))
}
