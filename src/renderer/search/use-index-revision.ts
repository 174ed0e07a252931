// `revision` changes whenever the search index does (articles stored, index loaded), so the
// visible results are asked for again.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import type { Article } from '../../shared/article'
import type { IndexProgress } from './index-store'
import type { SearchClient } from './search-client'

export function useIndexRevision(client: SearchClient): {
  revision: number
  /** How far the index is loaded or rebuilt. */
  progress: IndexProgress
  articlesStored: (articles: readonly Article[]) => void
  /** `tagsOnly`: only their tags (and versions) changed. */
  articlesChanged: (ids: readonly string[], tagsOnly?: boolean) => void
} {
  const [revision, setRevision] = useState(0)
  const progress = useSyncExternalStore(
    useCallback((notify: () => void) => client.onProgress(notify), [client]),
    () => client.progress,
  )
  useEffect(
    () =>
      client.onProgress(() => {
        // Each loaded part of the index answers more: partial results are asked for again.
        setRevision((value) => value + 1)
      }),
    [client],
  )
  const articlesStored = useCallback(
    (articles: readonly Article[]) => {
      client.articlesStored(articles)
      setRevision((value) => value + 1)
    },
    [client],
  )
  const articlesChanged = useCallback(
    (ids: readonly string[], tagsOnly = false) => {
      client.articlesChanged(ids, tagsOnly)
      setRevision((value) => value + 1)
    },
    [client],
  )
  return { revision, progress, articlesStored, articlesChanged }
}
