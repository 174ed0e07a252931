// Text with its search hits marked. Ranges become <mark> elements around plain text nodes:
// article text is never parsed as HTML.
import type { Range } from '../../core/search'

export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  if (ranges.length === 0) return <>{text}</>
  const parts: React.ReactNode[] = []
  let at = 0
  ranges.forEach((range, index) => {
    if (range.start > at) parts.push(text.slice(at, range.start))
    parts.push(<mark key={index}>{text.slice(range.start, range.end)}</mark>)
    at = range.end
  })
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
}
