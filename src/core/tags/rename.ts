// Rename, merge and delete as plans: pure functions say which names change, the database layer
// applies them in one transaction. Renaming onto an existing tag merges the two (as calibre and
// Zotero do, and Joplin refuses): the articles of both end up under one name, and the colour
// survives.
import { isSameOrDescendant, normalizeTagName, reparentTagName } from './name'
import type { TagInfo } from './tree'

export type TagRenameError = 'invalidName' | 'unknownTag' | 'intoItself'

export interface TagRenamePlan {
  /** Old name → new name, for the tag and every tag below it. */
  mapping: Map<string, string>
  /** New names that already existed: these tags were merged into. */
  merged: string[]
  /** Tag records after the rename, for every name the rename touched (old ones are removed). */
  records: TagInfo[]
}

export type TagRenameResult =
  { ok: true; plan: TagRenamePlan } | { ok: false; error: TagRenameError }

export function planTagRename(
  existing: readonly TagInfo[],
  from: string,
  typedTo: string,
): TagRenameResult {
  const to = normalizeTagName(typedTo)
  if (to === null) return { ok: false, error: 'invalidName' }
  const byName = new Map(existing.map((tag) => [tag.name, tag]))
  const moving = existing.filter((tag) => isSameOrDescendant(tag.name, from))
  if (moving.length === 0) return { ok: false, error: 'unknownTag' }
  if (to !== from && isSameOrDescendant(to, from)) return { ok: false, error: 'intoItself' }
  const mapping = new Map<string, string>()
  const merged: string[] = []
  const records: TagInfo[] = []
  for (const tag of moving) {
    const target = reparentTagName(tag.name, from, to) ?? tag.name
    mapping.set(tag.name, target)
    const already = byName.get(target)
    if (already !== undefined && target !== tag.name) merged.push(target)
    // The tag being merged into keeps its own colour; it takes the renamed one's if it has none.
    records.push({ name: target, color: already?.color ?? tag.color })
  }
  return { ok: true, plan: { mapping, merged, records } }
}

/**
 * An article's tags after a rename: mapped, de-duplicated, in the original order. Returns null
 * when nothing changes, so untouched articles are not rewritten.
 */
export function renameInTagList(
  tags: readonly string[],
  mapping: ReadonlyMap<string, string>,
): string[] | null {
  if (!tags.some((tag) => mapping.has(tag))) return null
  return [...new Set(tags.map((tag) => mapping.get(tag) ?? tag))]
}

/** The tag and every tag below it: what deleting `name` removes. Articles stay. */
export function tagsDeletedWith(existing: Iterable<string>, name: string): string[] {
  return [...existing].filter((tag) => isSameOrDescendant(tag, name))
}

/** An article's tags without `name` and its descendants; null when nothing changes. */
export function deleteFromTagList(tags: readonly string[], name: string): string[] | null {
  const kept = tags.filter((tag) => !isSameOrDescendant(tag, name))
  return kept.length === tags.length ? null : kept
}

/** Tags added to a list, keeping order and dropping duplicates; null when nothing changes. */
export function addToTagList(tags: readonly string[], added: readonly string[]): string[] | null {
  const next = [...new Set([...tags, ...added])]
  return next.length === tags.length ? null : next
}

/** Tags removed from a list (exact names only); null when nothing changes. */
export function removeFromTagList(
  tags: readonly string[],
  removed: readonly string[],
): string[] | null {
  const drop = new Set(removed)
  const kept = tags.filter((tag) => !drop.has(tag))
  return kept.length === tags.length ? null : kept
}
