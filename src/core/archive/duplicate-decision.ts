// What the user decides about a group of duplicates. Either way one article stays and the others
// go, and the tags of all of them stay on the one kept: tags are the user's work. `merge` also
// fills in what the kept one lacks (paper, date, page, byline, authors…) from the others.
import type { Article } from '../../shared/article'
import type { ArticleChange } from './change'

export type DuplicateDecision = 'keep' | 'merge'

const FILLABLE = ['kicker', 'subtitle', 'byline', 'paper', 'date', 'page', 'section'] as const

function union(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())]
}

function filledFrom(kept: Article, others: readonly Article[]): Article {
  const filled: Article = { ...kept }
  for (const field of FILLABLE) {
    const donor = others.find((other) => other[field] !== null)
    if (filled[field] === null && donor !== undefined)
      Object.assign(filled, { [field]: donor[field] })
  }
  filled.authors = union([kept.authors, ...others.map((other) => other.authors)])
  filled.imageCredits = union([kept.imageCredits, ...others.map((other) => other.imageCredits)])
  return filled
}

/** The change resolving a group; null when `keepId` is not in it or nothing would change. */
export function resolveDuplicates(
  group: readonly Article[],
  keepId: string,
  decision: DuplicateDecision,
  now: number,
): ArticleChange | null {
  const kept = group.find((article) => article.id === keepId)
  const others = group.filter((article) => article.id !== keepId)
  if (kept === undefined || others.length === 0) return null
  const base = decision === 'merge' ? filledFrom(kept, others) : { ...kept }
  const after: Article = {
    ...base,
    tags: union([kept.tags, ...others.map((other) => other.tags)]),
    importedAt: Math.min(kept.importedAt, ...others.map((other) => other.importedAt)),
    updatedAt: now,
  }
  return { kind: 'duplicates', before: [kept, ...others], after: [after] }
}
