// "Copy with citation": the article's text followed by where it was printed, the way newsroom
// staff cite a clipping — 报纸 日期 第N版 (青禾日报 2024年3月15日 第3版).
import type { ParsedArticle } from '../../shared/article'

function chineseDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (match === null) return iso
  const [, year, month, day] = match
  return `${year}年${Number(month)}月${Number(day)}日`
}

/** The source line, or null when the article says nothing about where it appeared. */
export function citationLine(
  article: Pick<ParsedArticle, 'paper' | 'date' | 'page'>,
): string | null {
  const parts = [
    article.paper,
    article.date === null ? null : chineseDate(article.date),
    article.page === null ? null : `第${article.page}版`,
  ].filter((part): part is string => part !== null && part !== '')
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
