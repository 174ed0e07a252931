// The body as the correction form shows it: one block per line, a sub-heading marked by a
// leading `## ` (the Markdown heading people know), so a correction keeps the structure.
import type { ArticleBlock } from '../../shared/article'

const SUBHEAD = /^##\s*/u

export function bodyToText(blocks: readonly ArticleBlock[]): string {
  return blocks
    .map((block) => (block.type === 'subhead' ? `## ${block.text}` : block.text))
    .join('\n')
}

/** Blank lines are dropped; a line is never split or joined. */
export function bodyFromText(text: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = []
  for (const line of text.split(/\r?\n/u)) {
    const trimmed = line.trim()
    if (trimmed === '') continue
    if (SUBHEAD.test(trimmed)) {
      const heading = trimmed.replace(SUBHEAD, '')
      if (heading !== '') blocks.push({ type: 'subhead', text: heading })
    } else blocks.push({ type: 'paragraph', text: trimmed })
  }
  return blocks
}
