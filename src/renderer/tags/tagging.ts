// Adding and removing tags on one or many articles, written a thousand articles per transaction
// (archive/tag-list-writes.ts) with progress; the change records tag lists only
// (core/archive/tag-list-change.ts), and undo and redo write it the same way.
import { tagListEdit } from '../../core/archive/tag-list-change'
import type { TagListChange, TagListEdit } from '../../core/archive/tag-list-change'
import { normalizeTagList } from '../../core/tags/name'
import { addToTagList, removeFromTagList } from '../../core/tags/rename'
import type { TagRecord } from '../../core/tags/record'
import type { ArchiveDatabase } from '../db/database'
import type { ArchiveHistory } from '../archive/archive-history'
import { writeTagChange, writeTagLists } from '../archive/tag-list-writes'
import type { TaggingProgress } from '../archive/tag-list-writes'

export { TAGGING_CHUNK } from '../archive/tag-list-writes'
export type { TaggingProgress } from '../archive/tag-list-writes'

export interface TaggingOptions {
  onProgress?: (progress: TaggingProgress) => void
  now?: number
}

function tagListChange(
  kind: TagListChange['kind'],
  edits: TagListEdit[],
  tagsCreated: TagRecord[],
): TagListChange {
  return { kind, edits, tagsBefore: [], tagsAfter: tagsCreated }
}

/** Tag records for names that have none yet. */
async function newTagRecords(
  database: ArchiveDatabase,
  names: readonly string[],
  now: number,
): Promise<TagRecord[]> {
  const existing = await database.tags.bulkGet([...names])
  return names
    .filter((_, index) => existing[index] === undefined)
    .map((name) => ({ name, color: null, createdAt: now, updatedAt: now }))
}

/** Adds tags (as typed: they are normalised) to articles. Returns the change, null if none. */
export async function addTags(
  history: ArchiveHistory,
  ids: readonly string[],
  typedNames: readonly string[],
  options: TaggingOptions = {},
): Promise<TagListChange | null> {
  const names = normalizeTagList(typedNames)
  const now = options.now ?? Date.now()
  const database = history.database
  if (names.length === 0 || ids.length === 0) return null
  const created = await newTagRecords(database, names, now)
  const edits = await writeTagChange(
    database,
    { tagsBefore: [], tagsAfter: created },
    ids,
    (article) => {
      const tags = addToTagList(article.tags, names)
      return tags === null ? null : tagListEdit(article, tags, now)
    },
    options.onProgress,
  )
  if (edits.length === 0 && created.length === 0) return null
  return history.recordWritten(tagListChange('addTags', edits, created))
}

/** Removes exactly these tags from articles (the tags themselves stay in the tree). */
export async function removeTags(
  history: ArchiveHistory,
  ids: readonly string[],
  names: readonly string[],
  options: TaggingOptions = {},
): Promise<TagListChange | null> {
  if (names.length === 0 || ids.length === 0) return null
  const now = options.now ?? Date.now()
  const edits = await writeTagLists(
    history.database,
    ids,
    (article) => {
      const tags = removeFromTagList(article.tags, names)
      return tags === null ? null : tagListEdit(article, tags, now)
    },
    options.onProgress,
  )
  return edits.length === 0 ? null : history.recordWritten(tagListChange('removeTags', edits, []))
}
