// The body of an article as DOM paragraphs, ready to be poured into frames. Article text is
// untrusted: it only ever becomes text nodes.
import type { PrintArticle } from '../../core/print/article'
import { addQuoteBreaks, isRunInByline } from '../../core/print/text'

export function runInByline(article: PrintArticle): string | null {
  const byline = article.byline?.trim() ?? ''
  return byline !== '' && isRunInByline(byline) ? byline : null
}

export function buildParagraphs(article: PrintArticle, doc: Document = document): HTMLElement[] {
  if (article.kind === 'photo') return []
  const runIn = runInByline(article)
  let first = true
  return article.blocks.map((block) => {
    const p = doc.createElement('p')
    if (block.type === 'subhead') {
      p.className = 'np-subhead'
      p.textContent = addQuoteBreaks(block.text)
      return p
    }
    if (first && runIn !== null) {
      const span = doc.createElement('span')
      span.className = 'np-runin'
      span.textContent = runIn
      p.append(span)
    }
    first = false
    p.append(doc.createTextNode(addQuoteBreaks(block.text)))
    return p
  })
}
