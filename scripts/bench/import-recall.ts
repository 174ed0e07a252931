// How well splitting recovers the articles that were written into a generated page.
import type { ParsedArticle } from '../../src/shared/article'
import type { NewsItem } from './news-items'
import { paragraphsOf } from './make-pages'

export interface RecallCounts {
  written: number
  found: number
  /** Written articles found with their exact headline. */
  titled: number
  /** Of those, articles whose text (byline and blocks, spaces aside) is exactly what was written. */
  exact: number
}

const flat = (parts: readonly string[]): string => parts.join('').replace(/\s+/gu, '')

export function emptyCounts(): RecallCounts {
  return { written: 0, found: 0, titled: 0, exact: 0 }
}

export function countRecall(
  items: readonly NewsItem[],
  articles: readonly ParsedArticle[],
  into: RecallCounts,
): void {
  const byTitle = new Map<string, ParsedArticle[]>()
  for (const article of articles) {
    const list = byTitle.get(article.title ?? '') ?? []
    list.push(article)
    byTitle.set(article.title ?? '', list)
  }
  into.written += items.length
  into.found += articles.length
  for (const item of items) {
    const candidates = byTitle.get(item.title)
    const match = candidates?.shift()
    if (!match) continue
    into.titled++
    // The opener (`央视网消息（新闻联播）：`) moved to the byline: it leads the text again.
    const found = [match.byline ?? '', ...match.blocks.map((block) => block.text)]
    if (flat(found) === flat(paragraphsOf(item))) into.exact++
  }
}
