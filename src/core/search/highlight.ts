// Highlights on the ORIGINAL text: phrases are found in its normalised copy and the ranges
// mapped back through the offset map, so 隨州 in the text lights up for the query 随州 and a
// full-width ２０２３ for 2023. Each field is normalised on its own and the body as one string
// (paragraphs joined by line breaks), exactly as the engine verifies its hits (doc.ts), so what
// is marked is what matched: a phrase across a paragraph end between two Han characters too.
// The search worker computes these; the renderer turns ranges into text nodes, never into HTML.
import { bodyText, type ParsedArticle } from '../../shared/article'
import { normalizeWithMap } from './normalize'
import { positivePhrases } from './query/parse'
import type { QueryNode } from './query/types'

export interface Range {
  start: number
  end: number
}

/** A marked piece of a field or paragraph. `hit` numbers the match it belongs to in reading
 * order: a match across a paragraph end is one hit drawn in two pieces. */
export interface HitRange extends Range {
  hit: number
}

/** The normalised phrases a query marks: every positive phrase in the headline fields, only
 * the unscoped ones in the body (a 标题: phrase matches the headline only); a 笔记: phrase marks
 * no article text. */
export interface MarkedPhrases {
  headline: string[]
  body: string[]
}

export function markedPhrases(query: QueryNode): MarkedPhrases {
  const phrases = positivePhrases(query)
  return {
    headline: phrases.filter((p) => p.scope !== 'notes').map((p) => p.phrase),
    body: phrases.filter((p) => p.scope === 'all').map((p) => p.phrase),
  }
}

/** Merged, sorted ranges of the original `text` where any phrase occurs. */
export function highlightRanges(text: string, phrases: readonly string[]): Range[] {
  if (text === '' || phrases.length === 0) return []
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

type Headline = Pick<ParsedArticle, 'kicker' | 'title' | 'subtitle'>

export interface HeadlineHighlights<R extends Range = Range> {
  kicker: R[]
  title: R[]
  subtitle: R[]
}

function headlineRanges(source: Partial<Headline>, phrases: MarkedPhrases): HeadlineHighlights {
  const ranges = (text: string | null | undefined): Range[] =>
    text ? highlightRanges(text, phrases.headline) : []
  return {
    kicker: ranges(source.kicker),
    title: ranges(source.title),
    subtitle: ranges(source.subtitle),
  }
}

export interface Snippet {
  /** An excerpt of the original body. */
  text: string
  /** Highlights inside the excerpt, relative to it. */
  ranges: Range[]
  /** The body goes on before / after the excerpt. */
  cutStart: boolean
  cutEnd: boolean
}

const isLowSurrogate = (text: string, at: number): boolean => {
  const unit = text.charCodeAt(at)
  return unit >= 0xdc00 && unit <= 0xdfff
}

/** An excerpt of about `width` units around the first highlight (the opening if none). */
export function snippet(text: string, ranges: readonly Range[], width: number): Snippet {
  const first = ranges[0]
  let start = first ? Math.max(0, first.start - Math.floor(width / 3)) : 0
  let end = Math.min(text.length, start + width)
  start = Math.max(0, Math.min(start, end - width))
  // Never cut a character outside the BMP in half.
  if (start > 0 && isLowSurrogate(text, start)) start -= 1
  if (end < text.length && isLowSurrogate(text, end)) end += 1
  const inside = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }))
  return {
    text: text.slice(start, end),
    ranges: inside,
    cutStart: start > 0,
    cutEnd: end < text.length,
  }
}

/** What a result row draws: the headline fields' ranges and a snippet around the first match. */
export interface ResultMarks extends HeadlineHighlights {
  snippet: Snippet
}

export interface HighlightSource extends Partial<Headline> {
  /** Paragraphs joined by line breaks, as the engine indexes it. */
  body: string
}

/** UTF-16 units of a result row's snippet. */
export const SNIPPET_WIDTH = 90

/** The marks of a result row: the headline's, and a snippet around the body's first hit. */
export function resultMarks(
  source: HighlightSource,
  phrases: MarkedPhrases,
  width = SNIPPET_WIDTH,
): ResultMarks {
  const body = highlightRanges(source.body, phrases.body)
  return { ...headlineRanges(source, phrases), snippet: snippet(source.body, body, width) }
}

/** What the reader draws: every highlight of every field and paragraph, numbered as hits. */
export interface ArticleMarks extends HeadlineHighlights<HitRange> {
  /** Per block of the article, in its order. */
  blocks: HitRange[][]
  /** Number of hits. */
  hits: number
}

/** Cuts sorted ranges of the joined body into pieces per block, numbering hits from `firstHit`. */
function blockPieces(
  ranges: readonly Range[],
  blocks: readonly { text: string }[],
  firstHit: number,
): HitRange[][] {
  const spans: Range[] = []
  let offset = 0
  for (const block of blocks) {
    spans.push({ start: offset, end: offset + block.text.length })
    offset += block.text.length + 1 // the line break bodyText puts between blocks
  }
  const pieces = blocks.map((): HitRange[] => [])
  let first = 0
  ranges.forEach((range, index) => {
    while (first < spans.length - 1 && (spans[first]?.end ?? 0) <= range.start) first += 1
    for (let b = first; b < spans.length; b++) {
      const span = spans[b]
      if (span === undefined || span.start >= range.end) break
      const start = Math.max(range.start, span.start)
      const end = Math.min(range.end, span.end)
      const hit = firstHit + index
      if (end > start) pieces[b]?.push({ start: start - span.start, end: end - span.start, hit })
    }
  })
  return pieces
}

/** Every mark of an article as the reader lays it out, hits numbered in reading order. */
export function articleMarks(
  article: Headline & Pick<ParsedArticle, 'blocks'>,
  phrases: MarkedPhrases,
): ArticleMarks {
  const headline = headlineRanges(article, phrases)
  let hits = 0
  const numbered = (ranges: Range[]): HitRange[] => ranges.map((r) => ({ ...r, hit: hits++ }))
  const kicker = numbered(headline.kicker)
  const title = numbered(headline.title)
  const subtitle = numbered(headline.subtitle)
  const body = highlightRanges(bodyText(article), phrases.body)
  const blocks = blockPieces(body, article.blocks, hits)
  return { kicker, title, subtitle, blocks, hits: hits + body.length }
}
