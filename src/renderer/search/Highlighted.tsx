// Text with the marks the search worker computed, and the correspondent's highlights. Ranges
// become <mark> and <span> elements around plain text nodes: article text is never parsed as
// HTML. The current hit's pieces are outlined; a highlight names its note for the reader.
import { Fragment } from 'react'
import type { HitRange, Range } from '../../core/search'
import type { PlacedHighlight } from '../../core/notes/notes'

export interface HighlightedProps {
  text: string
  ranges: readonly (Range | HitRange)[]
  /** The hit the reader stepped to. */
  current?: number
  /** The correspondent's highlights in this text, sorted by start. */
  highlights?: readonly PlacedHighlight[]
}

const hitOf = (range: Range | HitRange): number | undefined =>
  'hit' in range ? range.hit : undefined

const covering = <T extends Range>(list: readonly T[], at: number): T | undefined =>
  list.findLast((range) => range.start <= at && at < range.end)

/** Every offset where a search mark or a highlight starts or ends, in order. */
function boundaries(length: number, lists: readonly (readonly Range[])[]): number[] {
  const cuts = new Set([0, length])
  for (const list of lists)
    for (const range of list) {
      cuts.add(Math.max(0, Math.min(range.start, length)))
      cuts.add(Math.max(0, Math.min(range.end, length)))
    }
  return [...cuts].sort((a, b) => a - b)
}

export function Highlighted({ text, ranges, current, highlights = [] }: HighlightedProps) {
  if (ranges.length === 0 && highlights.length === 0) return <>{text}</>
  const cuts = boundaries(text.length, [ranges, highlights])
  const parts: React.ReactNode[] = []
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const start = cuts[index] ?? 0
    const end = cuts[index + 1] ?? start
    if (end <= start) continue
    const piece = text.slice(start, end)
    const range = covering(ranges, start)
    const hit = range === undefined ? undefined : hitOf(range)
    const marked =
      range === undefined ? (
        piece
      ) : (
        <mark className={hit !== undefined && hit === current ? 'current-hit' : undefined}>
          {piece}
        </mark>
      )
    const highlight = covering(highlights, start)
    parts.push(
      highlight === undefined ? (
        <Fragment key={start}>{marked}</Fragment>
      ) : (
        <span key={start} className={`note-mark note-${highlight.colour}`} data-note={highlight.id}>
          {marked}
        </span>
      ),
    )
  }
  return <>{parts}</>
}
