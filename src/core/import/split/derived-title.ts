// A title for an item printed without a headline (photo news, a brief): the first clause of its
// text, without the caption's `图为`. It is shown as derived and never indexed as a headline.
import type { Draft } from './draft'

const MAX = 24
const clauseEnd = /[，。！？；：,!?;:]/

export function derivedTitleOf(draft: Draft): string | null {
  const text = draft.blocks.find((block) => block.type === 'paragraph')?.text ?? draft.credits[0]
  if (!text) return null
  const caption = text.replace(/^(?:[图圖][为為爲]|[图圖][:：])\s*/, '')
  const end = caption.search(clauseEnd)
  const clause = (end > 0 ? caption.slice(0, end) : caption).trim()
  const chars = Array.from(clause)
  return chars.length > MAX ? `${chars.slice(0, MAX).join('')}…` : clause || null
}
