// The marks of the open article for the current query, from the search worker, computed on the
// article the reader draws. They are kept while its text stays the same (a tag added changes
// the article, not its text) and dropped the moment the text changes, until the new ones
// arrive: a mark never lands on another version of the text (after an edit, or a restore that
// merged a field in without a newer time).
import { useEffect, useState } from 'react'
import type { ArticleMarks } from '../../core/search'
import type { Article } from '../../shared/article'
import type { SearchClient } from './search-client'

interface Answered {
  article: Article
  query: string
  marks: ArticleMarks
}

/** Whether two versions of an article have the same marked text: headline fields and blocks. */
function sameText(a: Article, b: Article): boolean {
  if (a === b) return true
  if (a.kicker !== b.kicker || a.title !== b.title || a.subtitle !== b.subtitle) return false
  return (
    a.blocks.length === b.blocks.length && a.blocks.every((x, i) => x.text === b.blocks[i]?.text)
  )
}

export function useArticleMarks(
  client: SearchClient,
  article: Article | undefined,
  query: string,
): ArticleMarks | null {
  const [answered, setAnswered] = useState<Answered | null>(null)
  const fresh =
    answered !== null &&
    article !== undefined &&
    answered.query === query &&
    sameText(answered.article, article)
  useEffect(() => {
    if (article === undefined || query === '' || fresh) return
    const controller = new AbortController()
    client.markArticle(query, article, controller.signal).then(
      (marks) => {
        if (!controller.signal.aborted) setAnswered({ article, query, marks })
      },
      // Dropped, or the worker is gone (which it tells through onFailure): no marks.
      () => undefined,
    )
    return () => {
      controller.abort()
    }
  }, [client, article, query, fresh])
  return fresh ? answered.marks : null
}
