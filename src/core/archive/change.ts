// Every edit of the archive is a change: the articles it replaces and the articles it leaves.
// Applying it deletes `before` and stores `after`; undoing applies the inverse. Because the
// change holds whole articles, undo restores exactly what was there: ids, tags, timestamps.
import type { Article } from '../../shared/article'

export type ArticleChangeKind = 'edit' | 'merge' | 'split' | 'delete' | 'duplicates' | 'restore'

export interface ArticleChange {
  kind: ArticleChangeKind
  before: Article[]
  after: Article[]
}

export function invertChange(change: ArticleChange): ArticleChange {
  return { kind: change.kind, before: change.after, after: change.before }
}

/** Ids the change removes from the archive (in `before` but not in `after`). */
export function removedIds(change: ArticleChange): string[] {
  const kept = new Set(change.after.map((article) => article.id))
  return change.before.map((article) => article.id).filter((id) => !kept.has(id))
}

/** Every id the change touches, for locking, change events and the search index. */
export function touchedIds(change: ArticleChange): string[] {
  return [...new Set([...change.before, ...change.after].map((article) => article.id))]
}
