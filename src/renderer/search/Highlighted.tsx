// Text with the marks the search worker computed. Ranges become <mark> elements around plain
// text nodes: article text is never parsed as HTML. The current hit's pieces are outlined.
import type { HitRange, Range } from '../../core/search'

export interface HighlightedProps {
  text: string
  ranges: readonly (Range | HitRange)[]
  /** The hit the reader stepped to. */
  current?: number
}

const hitOf = (range: Range | HitRange): number | undefined =>
  'hit' in range ? range.hit : undefined

export function Highlighted({ text, ranges, current }: HighlightedProps) {
  if (ranges.length === 0) return <>{text}</>
  const parts: React.ReactNode[] = []
  let at = 0
  ranges.forEach((range, index) => {
    // Clamped: marks never reach past the text they were computed on.
    const start = Math.max(at, Math.min(range.start, text.length))
    const end = Math.min(range.end, text.length)
    if (end <= start) return
    if (start > at) parts.push(text.slice(at, start))
    const hit = hitOf(range)
    const className = hit !== undefined && hit === current ? 'current-hit' : undefined
    parts.push(
      <mark key={index} className={className}>
        {text.slice(start, end)}
      </mark>,
    )
    at = end
  })
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
}
