// Tagging many articles, and renaming, merging or deleting a tag, is a change of their tag lists
// only, recorded as such: per article the list and time before and after, never whole copies of
// the articles (tagging 100,000 articles would otherwise hold two copies of the archive's text in
// the undo history), and the tag records it replaces and leaves. Undo and redo apply it field by
// field: an article whose tags were changed again since is left as it is.
import type { TagRecord } from '../tags/record'

/** What a tagging reads and writes of an article: its tags and its version. */
export interface TaggedVersion {
  id: string
  tags: readonly string[]
  updatedAt: number
}

export interface TagListEdit {
  id: string
  from: readonly string[]
  to: readonly string[]
  fromTime: number
  toTime: number
}

export interface TagListChange {
  kind: 'addTags' | 'removeTags' | 'renameTag' | 'deleteTag'
  edits: TagListEdit[]
  /** Tag records the change replaces (those not in `tagsAfter` are deleted)… */
  tagsBefore: TagRecord[]
  /** …and the records it leaves (created or rewritten). */
  tagsAfter: TagRecord[]
}

export function invertTagListEdit(edit: TagListEdit): TagListEdit {
  return { id: edit.id, from: edit.to, to: edit.from, fromTime: edit.toTime, toTime: edit.fromTime }
}

export function invertTagListChange(change: TagListChange): TagListChange {
  return {
    kind: change.kind,
    edits: change.edits.map(invertTagListEdit),
    tagsBefore: change.tagsAfter,
    tagsAfter: change.tagsBefore,
  }
}

/** The edit that turns `article`'s tags into `tags` at `now`. */
export function tagListEdit(
  article: TaggedVersion,
  tags: readonly string[],
  now: number,
): TagListEdit {
  return { id: article.id, from: article.tags, to: tags, fromTime: article.updatedAt, toTime: now }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, index) => tag === b[index])
}

/** The article's tags and version with the edit applied; null when its tags are no longer what
 * the edit expects. */
export function applyTagListEdit(
  article: TaggedVersion,
  edit: TagListEdit,
): { id: string; tags: string[]; updatedAt: number } | null {
  if (!sameList(article.tags, edit.from)) return null
  // The time goes back only if nothing else was edited since.
  const updatedAt = article.updatedAt === edit.fromTime ? edit.toTime : article.updatedAt
  return { id: article.id, tags: [...edit.to], updatedAt }
}
