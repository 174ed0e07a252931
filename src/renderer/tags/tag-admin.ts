// Rename, merge, delete and colour tags, each one undoable step. Renaming a parent renames its
// descendants; renaming onto an existing tag merges the two. Rename and delete write the tag
// lists of the articles concerned (a thousand per transaction, as tagging does), never the
// articles' text.
import type { ArticleChange } from '../../core/archive/change'
import { tagListEdit } from '../../core/archive/tag-list-change'
import type { TagListChange } from '../../core/archive/tag-list-change'
import { normalizeTagName } from '../../core/tags/name'
import { normalizeTagColor } from '../../core/tags/record'
import type { TagRecord } from '../../core/tags/record'
import {
  deleteFromTagList,
  planTagRename,
  renameInTagList,
  tagsDeletedWith,
} from '../../core/tags/rename'
import type { TagRenameError } from '../../core/tags/rename'
import type { ArchiveDatabase } from '../db/database'
import type { ArchiveHistory } from '../archive/archive-history'
import { writeTagChange } from '../archive/tag-list-writes'
import type { TagRecordChange } from '../archive/tag-list-writes'

/** Articles carrying `name` or a tag below it (and look-alikes such as `name2`, which the edit
 * leaves as they are). */
async function idsUnder(database: ArchiveDatabase, name: string): Promise<string[]> {
  const ids = await database.tagLists.where('tags').startsWith(name).primaryKeys()
  return [...new Set(ids)]
}

/** Writes the tag lists and records of a rename or delete, and records it for undo. */
async function writeTagEdit(
  history: ArchiveHistory,
  kind: TagListChange['kind'],
  records: TagRecordChange,
  ids: readonly string[],
  edit: (tags: readonly string[]) => string[] | null,
  now: number,
): Promise<TagListChange> {
  const edits = await writeTagChange(history.database, records, ids, (article) => {
    const tags = edit(article.tags)
    return tags === null ? null : tagListEdit(article, tags, now)
  })
  return history.recordWritten({ kind, edits, ...records })
}

export type RenameOutcome =
  { ok: true; merged: string[]; articles: number } | { ok: false; error: TagRenameError }

export async function renameTag(
  history: ArchiveHistory,
  from: string,
  to: string,
  now = Date.now(),
): Promise<RenameOutcome> {
  const database = history.database
  // Renaming to the same name (after normalising) changes nothing and records no undo step.
  if (normalizeTagName(to) === from) return { ok: true, merged: [], articles: 0 }
  const records = await database.tags.toArray()
  const ids = await idsUnder(database, from)
  // Tags in use without a record of their own, from the index alone (as the tag tree reads them).
  const known = new Set(records.map((tag) => tag.name))
  const used = await database.tagLists.orderBy('tags').uniqueKeys()
  const implicit = used.filter((tag): tag is string => typeof tag === 'string' && !known.has(tag))
  const all = [...records, ...implicit.map((name) => ({ name, color: null }))]
  const result = planTagRename(all, from, to)
  if (!result.ok) return { ok: false, error: result.error }
  const { mapping, records: renamed, merged } = result.plan
  const byName = new Map(records.map((tag) => [tag.name, tag]))
  const affected = new Set([...mapping.keys(), ...mapping.values()])
  const tagsAfter = renamed.map((tag) => ({
    name: tag.name,
    color: tag.color,
    createdAt: byName.get(tag.name)?.createdAt ?? now,
    updatedAt: now,
  }))
  const tagsBefore = [...affected].flatMap((name) => byName.get(name) ?? [])
  const change = await writeTagEdit(
    history,
    'renameTag',
    { tagsBefore, tagsAfter },
    ids,
    (tags) => renameInTagList(tags, mapping),
    now,
  )
  return { ok: true, merged, articles: change.edits.length }
}

/** Deletes a tag and the tags below it; the articles stay, without those tags. */
export async function deleteTag(
  history: ArchiveHistory,
  name: string,
  now = Date.now(),
): Promise<TagListChange | null> {
  const database = history.database
  const records = await database.tags.toArray()
  const doomed = new Set(
    tagsDeletedWith(
      records.map((tag) => tag.name),
      name,
    ),
  )
  const tagsBefore = records.filter((tag) => doomed.has(tag.name))
  const ids = await idsUnder(database, name)
  if (tagsBefore.length === 0 && ids.length === 0) return null
  return writeTagEdit(
    history,
    'deleteTag',
    { tagsBefore, tagsAfter: [] },
    ids,
    (tags) => deleteFromTagList(tags, name),
    now,
  )
}

/** Sets a tag's colour (`#rrggbb`) or clears it with null. Invalid colours are refused. */
export function setTagColor(
  history: ArchiveHistory,
  name: string,
  color: string | null,
  now = Date.now(),
): Promise<ArticleChange | null> {
  const clean = normalizeTagColor(color)
  if (color !== null && clean === null) return Promise.reject(new RangeError(`colour ${color}`))
  const database = history.database
  return history.run(async () => {
    const existing = await database.tags.get(name)
    if (existing?.color === clean) return null
    const tag: TagRecord = existing ?? { name, color: null, createdAt: now, updatedAt: now }
    const coloured = { ...tag, color: clean, updatedAt: now }
    await database.tags.put(coloured)
    const tagsBefore = existing === undefined ? [] : [existing]
    return { kind: 'tagColor', before: [], after: [], tagsBefore, tagsAfter: [coloured] }
  })
}
