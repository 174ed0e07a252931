// The part of an article that print lays out.
import type { Article } from '../../shared/article'

export type PrintArticle = Pick<
  Article,
  | 'id'
  | 'kind'
  | 'kicker'
  | 'title'
  | 'subtitle'
  | 'byline'
  | 'imageCredits'
  | 'blocks'
  | 'paper'
  | 'date'
  | 'page'
  | 'section'
>

export function hasPhoto(article: PrintArticle): boolean {
  return article.kind === 'photo' || article.imageCredits.length > 0
}
