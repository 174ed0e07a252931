// Stable article ids: the same story imported twice — from another file, another encoding or
// after a crashed import — gets the same id, so it is stored once.
import type { ParsedArticle } from './article'

/** 53-bit string hash (cyrb53); two seeds give a 106-bit id, ample for millions of articles. */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

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
