// Which paper a set of printed articles belongs to: the one most of them name (the first named
// wins a tie), so one article without a paper does not turn a People's Daily page into nothing.
import type { PrintArticle } from './article'

export function commonPaper(articles: Iterable<Pick<PrintArticle, 'paper'>>): string | null {
  const counts = new Map<string, number>()
  for (const { paper } of articles) {
    const name = paper?.trim() ?? ''
    if (name !== '') counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  let best: string | null = null
  for (const [name, count] of counts)
    if (best === null || count > (counts.get(best) ?? 0)) best = name
  return best
}
