// An article while it is being assembled, and how it becomes a ParsedArticle.
import type {
  ArticleBlock,
  ArticleKind,
  Continuation,
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
  /** A closing byline or a jump line ended it: what follows belongs to another article. */
  closed: boolean
  hasSubhead: boolean
}

export function newDraft(kind: ArticleKind): Draft {
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
    closed: false,
    hasSubhead: false,
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

export function isEmptyDraft(draft: Draft): boolean {
  return (
    draft.title === null &&
    draft.kicker === null &&
    draft.subtitle === null &&
    draft.blocks.length === 0 &&
    draft.bylines.length === 0 &&
    draft.credits.length === 0 &&
    draft.continuation === null
  )
}

/** Page metadata is filled in by the pipeline. */
export function toArticle(draft: Draft): ParsedArticle {
  return {
    kind: draft.kind,
    kicker: draft.kicker,
    title: draft.title,
    subtitle: draft.subtitle,
    byline: draft.bylines.length > 0 ? draft.bylines.join(' ') : null,
    authors: [...draft.authors],
    imageCredits: [...draft.credits],
    blocks: draft.blocks,
    continuation: draft.continuation,
    paper: null,
    date: null,
    page: null,
    section: null,
  }
}
