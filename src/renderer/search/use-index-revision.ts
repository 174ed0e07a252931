// `revision` changes whenever the search index does (articles stored, index loaded), so the
// visible results are asked for again.
import { useCallback, useEffect, useState } from 'react'
import type { Article } from '../../shared/article'
import type { SearchClient } from './search-client'

export function useIndexRevision(client: SearchClient): {
  revision: number
  articlesChanged: (articles: readonly Article[]) => void
} {
  const [revision, setRevision] = useState(0)
  useEffect(
    () =>
      client.onProgress((progress) => {
        if (progress.phase === 'ready') setRevision((value) => value + 1)
      }),
    [client],
  )
  const articlesChanged = useCallback(
    (articles: readonly Article[]) => {
      client.articlesChanged(articles.map((article) => article.id))
      setRevision((value) => value + 1)
    },
    [client],
  )
  return { revision, articlesChanged }
}
