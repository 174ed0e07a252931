// The saved searches and collections as React state, and each saved search's live count: how
// many articles match now, and how many of them were imported since the user last opened it.
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import type { Collection, SavedSearch } from '../../core/saved/saved'
import type { ArchiveDatabase } from '../db/database'
import type { SearchClient } from '../search/search-client'
import {
  collectionArticles,
  listCollections,
  listSavedSearches,
  readCollectionById,
} from './saved-store'

export interface SavedCount {
  total: number
  /** Imported after the search was last opened. */
  fresh: number
  /** Part of the archive is still being indexed: the count may grow. */
  partial: boolean
}

export function useSavedSearches(database: ArchiveDatabase): SavedSearch[] | undefined {
  return useLiveQuery(() => listSavedSearches(database), [database])
}

export function useCollections(database: ArchiveDatabase): Collection[] | undefined {
  return useLiveQuery(() => listCollections(database), [database])
}

/** A collection and its articles still in the archive, in its order (null: none open). */
export function useCollection(database: ArchiveDatabase, id: string | null) {
  return useLiveQuery(async () => {
    if (id === null) return null
    const collection = await readCollectionById(database, id)
    return collection === null
      ? null
      : { collection, ids: await collectionArticles(database, collection) }
  }, [database, id])
}

const everything = 1_000_000

async function countOf(
  client: SearchClient,
  database: ArchiveDatabase,
  saved: SavedSearch,
  signal: AbortSignal,
): Promise<SavedCount | null> {
  const answer = await client.search(
    {
      query: saved.query,
      sort: saved.sort,
      limit: everything,
      firstPage: false,
      facets: false,
      markedRows: 0,
    },
    signal,
  )
  if (!answer.ok) return null
  const fresh = new Set(
    await database.articles.where('importedAt').above(saved.seenAt).primaryKeys(),
  )
  const freshCount = fresh.size === 0 ? 0 : answer.ids.filter((id) => fresh.has(id)).length
  return { total: answer.total, fresh: freshCount, partial: answer.pending > 0 }
}

/** Counts of every saved search, asked again whenever the index changes (`revision`). */
export function useSavedCounts(
  client: SearchClient,
  database: ArchiveDatabase,
  searches: readonly SavedSearch[] | undefined,
  revision: number,
): ReadonlyMap<string, SavedCount> {
  const [counts, setCounts] = useState<ReadonlyMap<string, SavedCount>>(new Map())
  useEffect(() => {
    if (searches === undefined || searches.length === 0) return
    const controller = new AbortController()
    void (async () => {
      const next = new Map<string, SavedCount>()
      for (const saved of searches) {
        const count = await countOf(client, database, saved, controller.signal).catch(() => null)
        if (controller.signal.aborted) return
        if (count !== null) next.set(saved.id, count)
      }
      setCounts(next)
    })()
    return () => {
      controller.abort()
    }
  }, [client, database, searches, revision])
  return counts
}
