// Tag lists written a thousand articles per transaction, so tagging the whole archive never holds
// up the list or a search for long, and shows its progress; if a transaction fails (a full
// disk), the ones already written are taken back, so no selection is left half-tagged. The same
// writer does a tagging, a tag's rename, merge or delete, and their undo and redo. Only the articles' tag lists are read and
// written (db/tag-lists.ts), never their text.
import { removedTagNames } from '../../core/archive/change'
import { applyTagListEdit, invertTagListEdit } from '../../core/archive/tag-list-change'
import type { TagListChange, TagListEdit, TaggedVersion } from '../../core/archive/tag-list-change'
import type { ArchiveDatabase, TagListRecord } from '../db/database'
import { asBulkWrite } from '../db/bulk-writes'
import { guardStorage } from '../db/errors'
import { orderKeysOfArticle } from '../db/tag-lists'

export const TAGGING_CHUNK = 1000

export interface TaggingProgress {
  done: number
  total: number
}

type EditOf = (article: TaggedVersion) => TagListEdit | null

/** The articles' tag lists; an article without one (none: it is gone, or one the layer has not
 * yet written) is read whole, its tags, version and order keys taken from it as stored. */
async function taggedVersions(
  database: ArchiveDatabase,
  ids: readonly string[],
): Promise<Array<TaggedVersion & Pick<TagListRecord, 'order'>>> {
  const lists = await database.tagLists.bulkGet([...ids])
  const found = lists.filter((list): list is TagListRecord => list !== undefined)
  const missing = ids.filter((_, index) => lists[index] === undefined)
  if (missing.length === 0) return found
  const articles = await database.articles.bulkGet(missing)
  const read = articles.filter((article) => article !== undefined)
  return [
    ...found,
    ...read.map(({ id, tags, updatedAt, ...article }) => ({
      id,
      tags,
      updatedAt,
      order: orderKeysOfArticle(article),
    })),
  ]
}

/** One chunk in one transaction: the edits that applied, written. */
function writeChunk(database: ArchiveDatabase, ids: readonly string[], editOf: EditOf) {
  return guardStorage(() =>
    database.transaction('rw', database.articles, database.tagLists, async () => {
      const edits: TagListEdit[] = []
      const stored: TagListRecord[] = []
      for (const article of await taggedVersions(database, ids)) {
        const edit = editOf(article)
        const next = edit === null ? null : applyTagListEdit(article, edit)
        if (edit === null || next === null) continue
        edits.push(edit)
        // The article's order keys stay with its list.
        stored.push(article.order === undefined ? next : { ...next, order: article.order })
      }
      await database.tagLists.bulkPut(stored)
      return edits
    }),
  )
}

/** Writes the tag lists chunk by chunk; on a failure takes back what was written and throws.
 * A bulk write: the window's lists read the result once, at the end. */
export function writeTagLists(
  database: ArchiveDatabase,
  ids: readonly string[],
  editOf: EditOf,
  onProgress?: (progress: TaggingProgress) => void,
): Promise<TagListEdit[]> {
  return asBulkWrite(() => writeChunks(database, ids, editOf, onProgress))
}

async function writeChunks(
  database: ArchiveDatabase,
  ids: readonly string[],
  editOf: EditOf,
  onProgress?: (progress: TaggingProgress) => void,
): Promise<TagListEdit[]> {
  const unique = [...new Set(ids)]
  const written: TagListEdit[] = []
  try {
    for (let start = 0; start < unique.length; start += TAGGING_CHUNK) {
      written.push(
        ...(await writeChunk(database, unique.slice(start, start + TAGGING_CHUNK), editOf)),
      )
      onProgress?.({ done: Math.min(start + TAGGING_CHUNK, unique.length), total: unique.length })
    }
  } catch (error) {
    await takeBack(database, written).catch(() => undefined)
    // The failure that stopped the writing is the one told, even if taking back failed too.
    throw error
  }
  return written
}

/** Writes the written edits' inverses, chunk by chunk. */
async function takeBack(database: ArchiveDatabase, written: readonly TagListEdit[]): Promise<void> {
  const back = byId(written.map(invertTagListEdit))
  const taken = [...back.keys()]
  for (let start = 0; start < taken.length; start += TAGGING_CHUNK) {
    await writeChunk(
      database,
      taken.slice(start, start + TAGGING_CHUNK),
      (a) => back.get(a.id) ?? null,
    )
  }
}

function byId(edits: readonly TagListEdit[]): Map<string, TagListEdit> {
  return new Map(edits.map((edit) => [edit.id, edit]))
}

/** The tag records a change replaces and leaves. */
export type TagRecordChange = Pick<TagListChange, 'tagsBefore' | 'tagsAfter'>

/**
 * Writes a tag change: the records it leaves, then the tag lists chunk by chunk, then removes
 * the records it replaces (so no list ever names a tag without its record in between). A
 * failure takes the lists and the records back, and throws.
 */
export async function writeTagChange(
  database: ArchiveDatabase,
  records: TagRecordChange,
  ids: readonly string[],
  editOf: EditOf,
  onProgress?: (progress: TaggingProgress) => void,
): Promise<TagListEdit[]> {
  const back = { tagsBefore: records.tagsAfter, tagsAfter: records.tagsBefore }
  await guardStorage(() => database.tags.bulkPut(records.tagsAfter))
  let edits: TagListEdit[]
  try {
    edits = await writeTagLists(database, ids, editOf, onProgress)
  } catch (error) {
    // As for the lists: the failure told is the tagging's, even if taking back failed too.
    await database
      .transaction('rw', database.tags, async () => {
        await database.tags.bulkDelete(removedTagNames(back))
        await database.tags.bulkPut(back.tagsAfter)
      })
      .catch(() => undefined)
    throw error
  }
  await guardStorage(() => database.tags.bulkDelete(removedTagNames(records)))
  return edits
}

/** Writes a recorded tag change again, forwards or back (undo and redo). */
export async function applyTagListChange(
  database: ArchiveDatabase,
  change: TagListChange,
): Promise<void> {
  const edits = byId(change.edits)
  await writeTagChange(
    database,
    change,
    [...edits.keys()],
    (article) => edits.get(article.id) ?? null,
  )
}
