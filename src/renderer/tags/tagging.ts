// Adding and removing tags on one or many articles. Ten thousand selected articles are tagged
// in one transaction (all or nothing: a full disk leaves no article half-tagged), read and
// written in chunks so progress can be shown while IndexedDB works.
import type { Article } from '../../shared/article'
import type { ArticleChange } from '../../core/archive/change'
import { normalizeTagList } from '../../core/tags/name'
import { addToTagList, removeFromTagList } from '../../core/tags/rename'
import type { TagRecord } from '../../core/tags/record'
import type { ArchiveDatabase } from '../db/database'
import type { ArchiveHistory } from '../archive/archive-history'

export const TAGGING_CHUNK = 1000

export interface TaggingProgress {
  done: number
  total: number
}

export interface TaggingOptions {
  onProgress?: (progress: TaggingProgress) => void
  now?: number
}

type ListEdit = (tags: readonly string[]) => string[] | null

/** Rewrites the tags of `ids` chunk by chunk; returns the articles before and after. */
async function rewriteTags(
  database: ArchiveDatabase,
  ids: readonly string[],
  edit: ListEdit,
  options: TaggingOptions,
): Promise<{ before: Article[]; after: Article[] }> {
  const unique = [...new Set(ids)]
  const before: Article[] = []
  const after: Article[] = []
  const now = options.now ?? Date.now()
  for (let start = 0; start < unique.length; start += TAGGING_CHUNK) {
    const chunk = unique.slice(start, start + TAGGING_CHUNK)
    const changed: Article[] = []
    for (const article of await database.articles.bulkGet(chunk)) {
      const tags = article === undefined ? null : edit(article.tags)
      if (article === undefined || tags === null) continue
      before.push(article)
      changed.push({ ...article, tags, updatedAt: now })
    }
    await database.articles.bulkPut(changed)
    after.push(...changed)
    options.onProgress?.({
      done: Math.min(start + chunk.length, unique.length),
      total: unique.length,
    })
  }
  return { before, after }
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
export function addTags(
  history: ArchiveHistory,
  ids: readonly string[],
  typedNames: readonly string[],
  options: TaggingOptions = {},
): Promise<ArticleChange | null> {
  const names = normalizeTagList(typedNames)
  const now = options.now ?? Date.now()
  const database = history.database
  if (names.length === 0 || ids.length === 0) return Promise.resolve(null)
  return history.run(async () => {
    const created = await newTagRecords(database, names, now)
    await database.tags.bulkAdd(created)
    const { before, after } = await rewriteTags(
      database,
      ids,
      (tags) => addToTagList(tags, names),
      { ...options, now },
    )
    if (after.length === 0 && created.length === 0) return null
    return { kind: 'addTags', before, after, tagsBefore: [], tagsAfter: created }
  })
}

/** Removes exactly these tags from articles (the tags themselves stay in the tree). */
export function removeTags(
  history: ArchiveHistory,
  ids: readonly string[],
  names: readonly string[],
  options: TaggingOptions = {},
): Promise<ArticleChange | null> {
  if (names.length === 0 || ids.length === 0) return Promise.resolve(null)
  return history.run(async () => {
    const { before, after } = await rewriteTags(
      history.database,
      ids,
      (tags) => removeFromTagList(tags, names),
      options,
    )
    return after.length === 0 ? null : { kind: 'removeTags', before, after }
  })
}
