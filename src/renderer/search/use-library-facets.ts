// The library's filters: tag, author, paper, section, year and month counts over the whole
// archive, from the search worker — only while they are shown, refreshed when the index changes.
import { useEffect, useState } from 'react'
import type { Facets } from '../../core/search'
import type { SearchClient } from './search-client'

export function useLibraryFacets(
  client: SearchClient,
  revision: number,
  shown: boolean,
): Facets | null {
  const [facets, setFacets] = useState<Facets | null>(null)
  useEffect(() => {
    if (!shown) return
    const controller = new AbortController()
    const allCounts = {
      query: '',
      limit: 0,
      sort: 'relevance',
      firstPage: false,
      facets: true,
      markedRows: 0,
    } as const
    client.search(allCounts, controller.signal).then(
      (answer) => {
        if (!controller.signal.aborted && answer.ok) setFacets(answer.facets)
      },
      // Dropped, or the worker is gone (which it tells through onFailure): no counts.
      () => undefined,
    )
    return () => {
      controller.abort()
    }
  }, [client, revision, shown])
  return facets
}
