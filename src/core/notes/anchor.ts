// Placing a highlight in an article's text and finding it again after the text changed. The
// reading text is the headline fields and the blocks, each on its own line, in reading order:
// what the reader shows, what a selection in it covers. An anchor keeps the quoted words and
// their context; finding it tries the exact words first (the best-fitting repeat), then the
// context around words that were corrected.
import type { ParsedArticle } from '../../shared/article'
import type { TextAnchor } from '../../shared/note'

export type ReadingPartKey = 'kicker' | 'title' | 'subtitle' | number

export interface ReadingPart {
  /** A headline field, or the index of a block. */
  key: ReadingPartKey
  text: string
  /** Where the part starts in the reading text. */
  start: number
}

export interface ReadingText {
  text: string
  parts: ReadingPart[]
}

export interface TextSpan {
  start: number
  end: number
}

/** Characters of context kept on each side of a quote. */
const CONTEXT = 32
/** Context that must still be there to re-attach corrected words. */
const MIN_CONTEXT = 6

type Readable = Pick<ParsedArticle, 'kicker' | 'title' | 'subtitle' | 'blocks'>

export function readingText(article: Readable): ReadingText {
  const pieces: { key: ReadingPartKey; text: string }[] = []
  for (const key of ['kicker', 'title', 'subtitle'] as const) {
    const text = article[key]
    if (text !== null && text !== '') pieces.push({ key, text })
  }
  article.blocks.forEach((block, index) => pieces.push({ key: index, text: block.text }))
  const parts: ReadingPart[] = []
  let start = 0
  for (const piece of pieces) {
    parts.push({ ...piece, start })
    start += piece.text.length + 1
  }
  return { text: pieces.map((piece) => piece.text).join('\n'), parts }
}

/** The anchor of `span` in `text`, its ends moved inward past white space. */
export function anchorFor(text: string, span: TextSpan): TextAnchor | null {
  let { start, end } = span
  while (start < end && /\s/u.test(text.charAt(start))) start += 1
  while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1
  if (end <= start) return null
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
    start,
  }
}

function commonTail(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1
  return n
}

function commonHead(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1
  return n
}

interface ExactPlace {
  span: TextSpan
  /** Characters of the old context found around it. */
  agreement: number
}

function exactPlace(text: string, anchor: TextAnchor): ExactPlace | null {
  const { quote } = anchor
  let best: (ExactPlace & { score: number }) | null = null
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const before = text.slice(Math.max(0, at - CONTEXT), at)
    const after = text.slice(at + quote.length, at + quote.length + CONTEXT)
    const agreement = commonTail(before, anchor.prefix) + commonHead(after, anchor.suffix)
    // Context agreement first; among equals the repeat nearest the old place.
    const score = agreement - Math.abs(at - anchor.start) / (text.length + 1)
    if (best === null || score > best.score)
      best = { span: { start: at, end: at + quote.length }, agreement, score }
  }
  return best
}

/** Where a context may stand: anywhere when it is long enough to be telling, else only at the
 * text's edge it was at (a quote near the start or the end of the text). */
function contextAt(text: string, context: string, edge: 'start' | 'end'): number[] {
  if (context.length < MIN_CONTEXT) {
    if (edge === 'start') return text.startsWith(context) ? [0] : []
    return text.endsWith(context) ? [text.length - context.length] : []
  }
  const found: number[] = []
  for (let at = text.indexOf(context); at >= 0; at = text.indexOf(context, at + 1)) found.push(at)
  return found
}

/** The corrected words between the quote's unchanged context, if that context is still there
 * and what lies between is of a plausible length. */
function contextPlace(text: string, anchor: TextAnchor): TextSpan | null {
  const prefix = anchor.prefix.slice(-MIN_CONTEXT * 2)
  const suffix = anchor.suffix.slice(0, MIN_CONTEXT * 2)
  // Short context counts only where the text begins or ends; none at all on both sides says
  // nothing about where the words were.
  const atStart = anchor.prefix.length === anchor.start
  const atEnd = anchor.suffix.length < CONTEXT
  if ((prefix.length < MIN_CONTEXT && !atStart) || (suffix.length < MIN_CONTEXT && !atEnd))
    return null
  if (prefix.length + suffix.length < MIN_CONTEXT) return null
  const longest = anchor.quote.length * 2 + 8
  const ends = contextAt(text, suffix, 'end')
  for (const at of contextAt(text, prefix, 'start')) {
    const start = at + prefix.length
    const end = ends.find((e) => e > start)
    if (end !== undefined && end - start <= longest) return { start, end }
  }
  return null
}

/**
 * Where the anchor's words are now, or null when they are gone. The same words in their old
 * context win; corrected words between the old context come next (a highlighted 王某 corrected
 * to 李某 stays on 李某, not on another 王某); the same words elsewhere last.
 */
export function locate(
  text: string,
  anchor: TextAnchor,
  /** Only where the old context says so: never the same words in another context. */
  strict = false,
): TextSpan | null {
  const exact = exactPlace(text, anchor)
  const telling = Math.min(MIN_CONTEXT, anchor.prefix.length + anchor.suffix.length)
  if (exact !== null && exact.agreement >= telling) return exact.span
  const corrected = contextPlace(text, anchor)
  if (corrected !== null || strict) return corrected
  return exact?.span ?? null
}

/** A span of the reading text cut into the pieces of each part it covers. */
export function spanInParts(
  parts: readonly ReadingPart[],
  span: TextSpan,
): { key: ReadingPartKey; start: number; end: number }[] {
  const pieces: { key: ReadingPartKey; start: number; end: number }[] = []
  for (const part of parts) {
    const start = Math.max(span.start, part.start) - part.start
    const end = Math.min(span.end, part.start + part.text.length) - part.start
    if (end > start) pieces.push({ key: part.key, start, end })
  }
  return pieces
}
