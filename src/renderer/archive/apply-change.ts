// Applies a change in one transaction, after checking that the archive still holds exactly what
// the change replaces: if another window edited the same article meanwhile, nothing is written
// and the caller gets a `conflict` error instead of silently losing that edit.
import type { ArticleChange } from '../../core/archive/change'
import { removedIds, removedTagNames, touchedIds } from '../../core/archive/change'
import type { ArchiveDatabase } from '../db/database'
import { ArchiveStorageError, guardStorage } from '../db/errors'
import { sameJson } from '../../shared/hash'
import { announceChanges } from './change-announcements'
import type { ArticleChangeSummary } from './change-announcements'

async function checkArticles(database: ArchiveDatabase, change: ArticleChange): Promise<void> {
  const ids = touchedIds(change)
  const current = new Map<string, unknown>()
  for (const article of await database.articles.bulkGet(ids)) {
    if (article !== undefined) current.set(article.id, article)
  }
  const replaced = new Set(change.before.map((article) => article.id))
  const stale =
    change.before.some((article) => !sameJson(current.get(article.id), article)) ||
    change.after.some((article) => !replaced.has(article.id) && current.has(article.id))
  if (stale) throw new ArchiveStorageError('conflict')
}

async function checkTags(database: ArchiveDatabase, change: ArticleChange): Promise<void> {
  const before = change.tagsBefore ?? []
  const names = [...before, ...(change.tagsAfter ?? [])].map((tag) => tag.name)
  const current = new Map(
    (await database.tags.bulkGet(names)).flatMap((t) => (t ? [[t.name, t]] : [])),
  )
  const replaced = new Set(before.map((tag) => tag.name))
  const stale =
    before.some((tag) => !sameJson(current.get(tag.name), tag)) ||
    (change.tagsAfter ?? []).some((tag) => !replaced.has(tag.name) && current.has(tag.name))
  if (stale) throw new ArchiveStorageError('conflict')
}

export function summarise(change: ArticleChange): ArticleChangeSummary {
  const before = new Set(change.before.map((article) => article.id))
  const after = change.after.map((article) => article.id)
  return {
    added: after.filter((id) => !before.has(id)),
    updated: after.filter((id) => before.has(id)),
    deleted: removedIds(change),
  }
}

/**
 * Writes the change inside the caller's transaction. `verify` checks first that the archive
 * holds what the change replaces; a change built from what was read in the same transaction
 * needs no check.
 */
export async function writeChange(
  database: ArchiveDatabase,
  change: ArticleChange,
  verify = true,
): Promise<void> {
  if (verify) {
    await checkArticles(database, change)
    await checkTags(database, change)
  }
  await database.articles.bulkDelete(removedIds(change))
  await database.articles.bulkPut(change.after)
  if (change.tagsBefore !== undefined || change.tagsAfter !== undefined) {
    await database.tags.bulkDelete(removedTagNames(change))
    await database.tags.bulkPut(change.tagsAfter ?? [])
  }
}

/** Applies a change atomically after checking it, and announces it. */
export async function applyChange(database: ArchiveDatabase, change: ArticleChange): Promise<void> {
  await inTransaction(database, () => writeChange(database, change))
  announceChanges(database, summarise(change))
}

/** One read-write transaction over articles and tags, storage failures typed. */
export function inTransaction<T>(database: ArchiveDatabase, work: () => Promise<T>): Promise<T> {
  const { articles, tagLists, tags } = database
  return guardStorage(() => database.transaction('rw', articles, tagLists, tags, work))
}
