// The part of an article that print lays out.
import type { Article, ArticleBlock } from '../../shared/article'
import { noteLine, notesOf } from '../notes/notes'

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
  | 'notes'
>

export function hasPhoto(article: PrintArticle): boolean {
  return article.kind === 'photo' || article.imageCredits.length > 0
}

/** The article with its notes after its text, under a heading, each highlight with its words:
 * what a clipping sheet prints when notes are asked for. Laid out as the article's own blocks,
 * so the make-up measures and flows them like any text. */
export function withPrintedNotes(article: PrintArticle, heading: string): PrintArticle {
  const notes = notesOf(article)
  if (notes.length === 0) return article
  const lines: ArticleBlock[] = notes.map((note) => ({ type: 'paragraph', text: noteLine(note) }))
  return { ...article, blocks: [...article.blocks, { type: 'subhead', text: heading }, ...lines] }
}
