// An article while it is being assembled, and how it becomes a ParsedArticle.
import type {
  ArticleBlock,
  ArticleKind,
  Continuation,
  LineSpan,
  ParsedArticle,
} from '../../../shared/article'

export interface Draft {
  kind: ArticleKind
  kicker: string | null
  title: string | null
  subtitle: string | null
  bylines: string[]
  authors: string[]
  credits: string[]
  blocks: ArticleBlock[]
  continuation: Continuation | null
  /** Jump lines read into `continuation`: no longer text, still accounted for. */
  markers: string[]
  /** A section heading above it (declared structure). */
  section: string | null
  /** Units (lines) the article was made of: first and last index. */
  first: number
  last: number
}

export function newDraft(kind: ArticleKind, first: number, section: string | null): Draft {
  return {
    kind,
    kicker: null,
    title: null,
    subtitle: null,
    bylines: [],
    authors: [],
    credits: [],
    blocks: [],
    continuation: null,
    markers: [],
    section,
    first,
    last: first,
  }
}

export function addAuthors(draft: Draft, names: readonly string[]): void {
  for (const name of names) if (!draft.authors.includes(name)) draft.authors.push(name)
}

export function addContinuation(draft: Draft, continuation: Continuation): void {
  const current = draft.continuation ?? { from: null, to: null }
  draft.continuation = {
    from: continuation.from ?? current.from,
    to: continuation.to ?? current.to,
  }
}

const joinText = (current: string | null, text: string): string =>
  current === null ? text : `${current} ${text}`

export function appendField(
  draft: Draft,
  field: 'kicker' | 'title' | 'subtitle',
  text: string,
): void {
  draft[field] = joinText(draft[field], text)
}

/** Page metadata is filled in by the pipeline. */
export function toArticle(
  draft: Draft,
  lines: LineSpan,
  derivedTitle: string | null,
): ParsedArticle {
  return {
    kind: draft.kind,
    kicker: draft.kicker,
    title: draft.title,
    derivedTitle,
    subtitle: draft.subtitle,
    byline: draft.bylines.length > 0 ? draft.bylines.join(' ') : null,
    authors: [...draft.authors],
    imageCredits: [...draft.credits],
    blocks: draft.blocks,
    continuation: draft.continuation,
    sourceLines: lines,
    paper: null,
    date: null,
    page: null,
    section: draft.section,
  }
}
