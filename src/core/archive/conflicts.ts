// Choosing between the two versions a merge kept (backup-merge.ts): keep this archive's value, or
// take the other side's. Either way the conflict is settled and leaves the article's list; the
// choice is an undoable change. Restoring an article's text from its source file (a re-import of
// the file the article came from) is the same kind of choice: the source's fields replace the
// article's, its tags and notes stay.
import { fieldsOf } from '../../shared/article'
import type { Article, ArticleFields, FieldConflict, MergeField } from '../../shared/article'
import type { ArticleChange } from './change'

export type ConflictChoice = 'mine' | 'theirs'

/** The article without conflict `index`, its field set to the chosen value. */
export function resolveConflict(
  article: Article,
  index: number,
  choice: ConflictChoice,
  now: number,
): ArticleChange | null {
  const conflict = article.conflicts?.[index]
  if (conflict === undefined) return null
  const rest = (article.conflicts ?? []).filter((_, at) => at !== index)
  const { conflicts: _conflicts, conflicted: _flag, ...clean } = article
  const after: Article = { ...clean, updatedAt: now }
  if (choice === 'theirs') setField(after, conflict.field, conflict.theirs)
  if (rest.length > 0) {
    after.conflicts = rest
    after.conflicted = 1
  }
  return { kind: 'resolveConflict', before: [article], after: [after] }
}

function setField(article: Article, field: MergeField, value: FieldConflict['theirs']): void {
  ;(article as unknown as Record<MergeField, unknown>)[field] = value
}

/** Fields where the article differs from its source as imported now. */
export function differsFromSource(article: Article, source: ArticleFields): boolean {
  return JSON.stringify(fieldsOf(article)) !== JSON.stringify(fieldsOf(source))
}

/** The article with its source's fields back: what the file says, tags and history kept. */
export function restoreFromSource(
  article: Article,
  source: ArticleFields,
  now: number,
): ArticleChange | null {
  if (!differsFromSource(article, source)) return null
  const { base: _base, conflicts: _conflicts, conflicted: _flag, ...rest } = article
  const after: Article = { ...rest, ...fieldsOf(source), updatedAt: now }
  return { kind: 'restoreSource', before: [article], after: [after] }
}
