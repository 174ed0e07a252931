// The marks of the open article for the current query, from the search worker: none while
// they are on their way, or when they were computed on another version of the article.
import { useEffect, useState } from 'react'
import type { Article } from '../../shared/article'
import type { SearchClient } from './search-client'
import type { ArticleHighlights } from './worker-messages'

interface Answered {
  query: string
  highlights: ArticleHighlights | null
}

export function useArticleHighlights(
  client: SearchClient,
  article: Pick<Article, 'id' | 'updatedAt'> | undefined,
  query: string,
): ArticleHighlights | null {
  const [answered, setAnswered] = useState<Answered | null>(null)
  const id = article?.id
  const version = article?.updatedAt
  useEffect(() => {
    if (id === undefined || query === '') return
    let current = true
    void client.articleHighlights(id, query).then((highlights) => {
      if (current) setAnswered({ query, highlights })
    })
    return () => {
      current = false
    }
  }, [client, id, version, query])
  const highlights = answered?.query === query ? answered.highlights : null
  if (highlights === null || highlights.id !== id || highlights.version !== version) return null
  return highlights
}
