// "Copy with citation": the article's text followed by where it was printed, the way newsroom
// staff cite a clipping — 报纸 日期 第N版 (青禾日报 2024年3月15日 第3版).
import type { ParsedArticle } from '../../shared/article'
import { sourceParts } from '../citation/plain'

/** The source line, or null when the article says nothing about where it appeared. */
export function citationLine(
  article: Pick<ParsedArticle, 'paper' | 'date' | 'page'>,
): string | null {
  const { paper, date, page } = sourceParts(article)
  const parts = [paper, date, page].filter((part) => part !== null)
  return parts.length === 0 ? null : parts.join(' ')
}

/** Headline block, byline, body and the citation, as plain text for the clipboard. */
export function textWithCitation(article: ParsedArticle): string {
  const head = [article.kicker, article.title, article.subtitle, article.byline].filter(
    (line): line is string => line !== null && line !== '',
  )
  const body = article.blocks.map((block) => block.text)
  const citation = citationLine(article)
  return [...head, ...body, ...(citation === null ? [] : ['', `（${citation}）`])].join('\n')
}
