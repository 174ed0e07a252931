// How an article is named in lists: its headline, else the start of its first paragraph
// (photo news has none), and where it appeared.
import type { TFunction } from 'i18next'
import type { Article } from '../../shared/article'
import { formatIsoDate } from '../i18n/format-date'

export function articleHeadline(article: Article, t: TFunction): string {
  if (article.title !== null && article.title !== '') return article.title
  const first = article.blocks[0]?.text ?? ''
  const name = article.derivedTitle ?? (first.length > 30 ? `${first.slice(0, 30)}…` : first)
  return article.kind === 'photo' ? `${t('library.photoNews')} ${name}` : name
}

/** The list shows a headline made from the text differently from one the paper printed. */
export function hasDerivedHeadline(article: Article): boolean {
  return article.title === null || article.title === ''
}

type Place = Pick<Article, 'paper' | 'date' | 'page' | 'section'>

/** Paper, date, page and section in the interface language: 人民日报 · 2020年5月2日 · 第1版. */
export function articlePlace(article: Place, t: TFunction, language: string): string {
  const page = article.page === null ? null : t('library.pageNumber', { page: article.page })
  const date = article.date === null ? null : formatIsoDate(article.date, language)
  return [article.paper, date, page, article.section]
    .filter((part) => part !== null && part !== '')
    .join(' · ')
}
