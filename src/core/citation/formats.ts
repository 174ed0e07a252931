// The four ways to cite articles the citation dialog offers, each as the text that is copied
// or saved, and the file extension it is saved under. RIS carries the articles' notes too.
import { cslItem, cslJson, type CitableArticle } from './csl-item'
import { gbt7714Entries, type CslStyle } from './gbt7714'
import { plainCitation } from './plain'
import { risFile } from './ris'
import { noteLine, notesOf } from '../notes/notes'

export const citationFormats = ['gbt7714', 'plain', 'ris', 'csl-json'] as const
export type CitationFormat = (typeof citationFormats)[number]

export const citationExtension: Record<CitationFormat, string> = {
  gbt7714: 'txt',
  plain: 'txt',
  ris: 'ris',
  'csl-json': 'json',
}

/** Each article's notes as lines: the highlighted words in 「」, then what was written. */
function notesById(articles: readonly CitableArticle[]): Map<string, string[]> {
  return new Map(articles.map((article) => [article.id, notesOf(article).map(noteLine)]))
}

/** The citations of the articles in one format, one reference per line for the text styles. */
export function citationText(
  format: CitationFormat,
  articles: readonly CitableArticle[],
  style: CslStyle,
): string {
  switch (format) {
    case 'gbt7714':
      return gbt7714Entries(articles.map(cslItem), style).join('\n')
    case 'plain':
      // An article with no paper, date or page is still listed by its title, so the lines
      // match the selection one for one.
      return articles
        .map((article) => {
          const source = plainCitation(article)
          const title = article.title ?? article.derivedTitle ?? ''
          return source === null ? title : source
        })
        .join('\n')
    case 'ris':
      return risFile(articles.map(cslItem), notesById(articles))
    case 'csl-json':
      return cslJson(articles)
  }
}
