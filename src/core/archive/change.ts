// Every edit of the archive is a change: the articles it replaces and the articles it leaves.
// Applying it deletes `before` and stores `after`; undoing applies the inverse. Because the
// change holds whole articles, undo restores exactly what was there: ids, tags, timestamps.
// A tag's colour is a change too, with the tag records it replaces; tagging articles, and
// renaming, merging or deleting tags, is a lighter change of their tag lists only
// (tag-list-change.ts).
import type { Article } from '../../shared/article'
import type { TagRecord } from '../tags/record'

export type ArticleChangeKind =
  | 'edit'
  | 'merge'
  | 'split'
  | 'delete'
  | 'duplicates'
  | 'tagColor'
  | 'resolveConflict'
  | 'restoreSource'
  | 'addNote'
  | 'editNote'
  | 'removeNote'

export interface ArticleChange {
  kind: ArticleChangeKind
  before: Article[]
  after: Article[]
  /** Tag records replaced and left, when the change touches them. */
  tagsBefore?: TagRecord[]
  tagsAfter?: TagRecord[]
}

export function invertChange(change: ArticleChange): ArticleChange {
  const inverse: ArticleChange = { kind: change.kind, before: change.after, after: change.before }
  if (change.tagsBefore !== undefined) inverse.tagsAfter = change.tagsBefore
  if (change.tagsAfter !== undefined) inverse.tagsBefore = change.tagsAfter
  return inverse
}

/** Tag names the change removes (of an article change or a tag list change). */
export function removedTagNames(change: Pick<ArticleChange, 'tagsBefore' | 'tagsAfter'>): string[] {
  const kept = new Set((change.tagsAfter ?? []).map((tag) => tag.name))
  return (change.tagsBefore ?? []).map((tag) => tag.name).filter((name) => !kept.has(name))
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
