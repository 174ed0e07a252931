// Merging an article with the next one (the importer split a story at a sub-heading it took for
// a headline) and splitting one at a paragraph (two stories ran together). The results are new
// stories, so they get new ids from their text; the two operations are each other's inverse
// as far as the text goes: the second headline becomes a sub-heading, a sub-heading at the split
// point becomes the second headline.
import { deriveTitle } from '../../shared/article'
import type { Article, ArticleBlock, Continuation, LineSpan } from '../../shared/article'
import { articleId } from '../../shared/article-id'
import type { ArticleChange } from './change'

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])]
}

function headingBlocks(article: Article): ArticleBlock[] {
  return [article.kicker, article.title, article.subtitle]
    .filter((text): text is string => text !== null && text.trim() !== '')
    .map((text) => ({ type: 'subhead', text }))
}

function joinContinuations(
  first: Continuation | null,
  second: Continuation | null,
): Continuation | null {
  const from = first?.from ?? null
  const to = second?.to ?? null
  return from === null && to === null ? null : { from, to }
}

/** Two articles of one file cover the lines from the first's first to the second's last. */
function joinSpans(first: Article, second: Article): LineSpan | null {
  const a = first.sourceLines
  const b = second.sourceLines
  if (a === null || b === null || first.source.file !== second.source.file) return a ?? b
  return { first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) }
}

export type MergeSplitError = 'sameArticle' | 'nothingToSplit' | 'sameText'

export type MergeSplitResult =
  { ok: true; change: ArticleChange } | { ok: false; error: MergeSplitError }

/** A merged or split article is a new story, imported as it now is: no base, no conflicts. */
function asNew(article: Article): Omit<Article, 'id' | 'base' | 'conflicts'> {
  const { id: _id, base: _base, conflicts: _conflicts, ...rest } = article
  return rest
}

export function mergeWithNext(first: Article, second: Article, now: number): MergeSplitResult {
  if (first.id === second.id) return { ok: false, error: 'sameArticle' }
  const merged: Omit<Article, 'id'> = {
    ...asNew(first),
    kind: first.kind === 'article' || second.kind === 'article' ? 'article' : 'photo',
    byline: first.byline ?? second.byline,
    authors: union(first.authors, second.authors),
    imageCredits: union(first.imageCredits, second.imageCredits),
    blocks: [...first.blocks, ...headingBlocks(second), ...second.blocks],
    paper: first.paper ?? second.paper,
    date: first.date ?? second.date,
    page: first.page ?? second.page,
    section: first.section ?? second.section,
    continuation: joinContinuations(first.continuation, second.continuation),
    sourceLines: joinSpans(first, second),
    tags: union(first.tags, second.tags),
    importedAt: Math.min(first.importedAt, second.importedAt),
    updatedAt: now,
  }
  const after = { ...merged, id: articleId(merged) }
  return { ok: true, change: { kind: 'merge', before: [first, second], after: [after] } }
}

/** Splits before block `at`: blocks `[0, at)` stay, the rest become the next article. */
export function splitArticle(article: Article, at: number, now: number): MergeSplitResult {
  if (!Number.isInteger(at) || at < 1 || at >= article.blocks.length) {
    return { ok: false, error: 'nothingToSplit' }
  }
  const rest = article.blocks.slice(at)
  const opensWithHeading = rest[0]?.type === 'subhead' && rest.length > 1
  const continuation = article.continuation
  const head: Omit<Article, 'id'> = {
    ...asNew(article),
    blocks: article.blocks.slice(0, at),
    continuation: joinContinuations(continuation, null),
    updatedAt: now,
  }
  const tailBlocks = opensWithHeading ? rest.slice(1) : rest
  const tailTitle = opensWithHeading ? (rest[0]?.text ?? null) : null
  const tail: Omit<Article, 'id'> = {
    ...asNew(article),
    kicker: null,
    title: tailTitle,
    // Without a heading to take, the split-off story is named by its first sentence, as derived.
    derivedTitle: tailTitle === null ? deriveTitle({ blocks: tailBlocks, imageCredits: [] }) : null,
    subtitle: null,
    byline: null,
    imageCredits: [],
    blocks: tailBlocks,
    continuation: joinContinuations(null, continuation),
    updatedAt: now,
  }
  const after = [
    { ...head, id: articleId(head) },
    { ...tail, id: articleId(tail) },
  ]
  if (after[0]?.id === after[1]?.id) return { ok: false, error: 'sameText' }
  return { ok: true, change: { kind: 'split', before: [article], after } }
}
