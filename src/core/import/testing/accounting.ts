// Test support for "nothing lost": every non-space character of the input must appear in exactly
// one text field of one article (authors are derived from the byline, so they do not count;
// separator lines such as `———` are layout, like blank lines).
import type { ParsedArticle } from '../../../shared/article'
import { isRuleLine } from '../lines'

export function nonSpaceChars(text: string): string[] {
  return Array.from(text.replace(/\s+/gu, '')).sort()
}

/** The text without its separator lines. */
function withoutRules(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isRuleLine(line))
    .join('\n')
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

/** Section headings a file declared (`## 详细新闻`) became the section of the articles under them:
 * each run of articles with one section holds that heading's text once. */
function sectionTexts(articles: readonly ParsedArticle[]): string[] {
  return articles
    .filter(
      (article, index) =>
        article.section !== null && article.section !== articles[index - 1]?.section,
    )
    .map((article) => article.section ?? '')
}

/** Characters of the input missing from the output and characters the output has in excess. */
export function accountFor(
  input: string,
  articles: readonly ParsedArticle[],
  options: { sections?: boolean } = {},
): { missing: string; extra: string } {
  const counts = new Map<string, number>()
  for (const char of nonSpaceChars(withoutRules(input)))
    counts.set(char, (counts.get(char) ?? 0) + 1)
  let extra = ''
  const sections = options.sections === true ? sectionTexts(articles) : []
  for (const char of nonSpaceChars([...articles.map(articleText), ...sections].join('\n'))) {
    const left = counts.get(char) ?? 0
    if (left === 0) extra += char
    else counts.set(char, left - 1)
  }
  let missing = ''
  for (const [char, left] of counts) missing += char.repeat(left)
  return { missing, extra }
}
