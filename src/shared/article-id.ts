// Stable article ids: the same story imported twice — from another file, another encoding or
// after a crashed import — gets the same id, so it is stored once.
import type { ParsedArticle } from './article'
import { cyrb53 } from './hash'

/** The text that identifies an article: headline and body with all white space removed. */
export function identityText(article: Pick<ParsedArticle, 'title' | 'blocks'>): string {
  const body = article.blocks.map((block) => block.text).join('')
  return `${article.title ?? ''}\u0000${body}`.replace(/\s+/gu, '')
}

export function articleId(article: Pick<ParsedArticle, 'title' | 'blocks'>): string {
  const text = identityText(article)
  const a = cyrb53(text, 1).toString(36).padStart(11, '0')
  const b = cyrb53(text, 2).toString(36).padStart(11, '0')
  return `a${a}${b}`
}
