// Test support for "nothing lost": every non-space character of the input must appear in exactly
// one text field of one article (authors are derived from the byline, so they do not count).
import type { ParsedArticle } from '../../../shared/article'

export function nonSpaceChars(text: string): string[] {
  return Array.from(text.replace(/\s+/gu, '')).sort()
}

/** All text an article holds, field by field. */
export function articleText(article: ParsedArticle): string {
  return [
    article.kicker ?? '',
    article.title ?? '',
    article.subtitle ?? '',
    article.byline ?? '',
    ...article.imageCredits,
    ...article.blocks.map((block) => block.text),
  ].join('\n')
}

/** Characters of the input missing from the output and characters the output has in excess. */
export function accountFor(
  input: string,
  articles: readonly ParsedArticle[],
): { missing: string; extra: string } {
  const counts = new Map<string, number>()
  for (const char of nonSpaceChars(input)) counts.set(char, (counts.get(char) ?? 0) + 1)
  let extra = ''
  for (const char of nonSpaceChars(articles.map(articleText).join('\n'))) {
    const left = counts.get(char) ?? 0
    if (left === 0) extra += char
    else counts.set(char, left - 1)
  }
  let missing = ''
  for (const [char, left] of counts) missing += char.repeat(left)
  return { missing, extra }
}
