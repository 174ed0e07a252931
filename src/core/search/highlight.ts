// Highlights on the ORIGINAL text: phrases are found in its normalised copy and the ranges
// mapped back through the offset map, so 隨州 in the text lights up for the query 随州 and a
// full-width ２０２３ for 2023. The renderer turns ranges into text nodes, never into HTML.
import { normalizeWithMap } from './normalize'
import { parseQuery, positivePhrases } from './query/parse'
import type { QueryNode } from './query/types'

export interface Range {
  start: number
  end: number
}

/** Merged, sorted ranges of the original `text` where any phrase occurs. */
export function highlightRanges(text: string, phrases: readonly string[]): Range[] {
  const normalized = normalizeWithMap(text)
  const raw: Range[] = []
  for (const phrase of phrases) {
    if (phrase === '') continue
    for (
      let at = normalized.text.indexOf(phrase);
      at >= 0;
      at = normalized.text.indexOf(phrase, at + 1)
    ) {
      raw.push(normalized.toOriginal(at, at + phrase.length))
    }
  }
  raw.sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: Range[] = []
  for (const range of raw) {
    const last = merged.at(-1)
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}

export interface FieldHighlights {
  kicker: Range[]
  title: Range[]
  subtitle: Range[]
  body: Range[]
}

export interface HighlightSource {
  kicker?: string | null
  title?: string | null
  subtitle?: string | null
  body: string
}

/** Ranges per field for a query (as typed or parsed); title: phrases light up the headline only. */
export function highlightFields(
  source: HighlightSource,
  query: string | QueryNode,
): FieldHighlights {
  const node = typeof query === 'string' ? parseQuery(query) : { ok: true as const, query }
  const phrases = node.ok ? positivePhrases(node.query) : []
  const everywhere = phrases.filter((p) => p.scope === 'all').map((p) => p.phrase)
  const headline = phrases.map((p) => p.phrase)
  const ranges = (text: string | null | undefined, list: string[]): Range[] =>
    text ? highlightRanges(text, list) : []
  return {
    kicker: ranges(source.kicker, headline),
    title: ranges(source.title, headline),
    subtitle: ranges(source.subtitle, headline),
    body: ranges(source.body, everywhere),
  }
}

export interface Snippet {
  /** Offset of the excerpt in the original text. */
  start: number
  end: number
  /** Highlights inside the excerpt, relative to `start`. */
  ranges: Range[]
}

/** An excerpt of about `width` characters around the first highlight (the opening if none). */
export function snippet(text: string, ranges: readonly Range[], width = 120): Snippet {
  const first = ranges[0]
  let start = first ? Math.max(0, first.start - Math.floor(width / 3)) : 0
  const end = Math.min(text.length, start + width)
  start = Math.max(0, Math.min(start, end - width))
  const inside = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }))
  return { start, end, ranges: inside }
}
