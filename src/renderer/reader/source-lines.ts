// Reading an article's place in its source: which article owns each line, and which paragraph a
// line of the source became.
import type { Article } from '../../shared/article'

/** Line → the article of the same file whose lines include it (the open article left out). */
export function lineOwners(articles: readonly Article[], except: string): Map<number, Article> {
  const owners = new Map<number, Article>()
  for (const article of articles) {
    const span = article.sourceLines
    if (article.id === except || span === null) continue
    for (let line = span.first; line <= span.last; line++) owners.set(line, article)
  }
  return owners
}

const squeeze = (text: string): string => text.replace(/\s+/gu, '')

/** The index of the block that a source line begins (paragraphs joined across a column break
 * begin at their first half), or -1 when the line begins none. */
export function blockAtLine(article: Article, lines: readonly string[], line: number): number {
  const text = squeeze(lines[line - 1] ?? '')
  if (text === '') return -1
  const probe = text.slice(0, 12)
  return article.blocks.findIndex((block) => {
    const body = squeeze(block.text)
    return body.startsWith(probe) || (probe.startsWith(body.slice(0, 12)) && body !== '')
  })
}
