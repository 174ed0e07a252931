// Rename, merge, delete and colour tags, each one undoable transaction. Renaming a parent renames
// its descendants; renaming onto an existing tag merges the two.
import type { Article } from '../../shared/article'
import type { ArticleChange } from '../../core/archive/change'
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

/** Articles carrying `name` or a tag below it (and look-alikes such as `name2`, filtered later). */
async function articlesUnder(database: ArchiveDatabase, name: string): Promise<Article[]> {
  const ids = await database.tagLists.where('tags').startsWith(name).primaryKeys()
  const articles = await database.articles.bulkGet([...new Set(ids)])
  return articles.filter((article): article is Article => article !== undefined)
}

function rewrite(
  articles: readonly Article[],
  edit: (tags: readonly string[]) => string[] | null,
  now: number,
): { before: Article[]; after: Article[] } {
  const before: Article[] = []
  const after: Article[] = []
  for (const article of articles) {
    const tags = edit(article.tags)
    if (tags === null) continue
    before.push(article)
    after.push({ ...article, tags, updatedAt: now })
  }
  return { before, after }
}

export type RenameOutcome =
  { ok: true; merged: string[]; articles: number } | { ok: false; error: TagRenameError }

class RenameRefused extends Error {
  constructor(readonly code: TagRenameError) {
    super(code)
  }
}

export async function renameTag(
  history: ArchiveHistory,
  from: string,
  to: string,
  now = Date.now(),
): Promise<RenameOutcome> {
  const database = history.database
  // Renaming to the same name (after normalising) changes nothing and records no undo step.
  if (normalizeTagName(to) === from) return { ok: true, merged: [], articles: 0 }
  let merged: string[] = []
  try {
    const change = await history.run(async () => {
      const records = await database.tags.toArray()
      const articles = await articlesUnder(database, from)
      const known = new Set(records.map((tag) => tag.name))
      const implicit = articles.flatMap((a) => a.tags).filter((tag) => !known.has(tag))
      const all = [...records, ...[...new Set(implicit)].map((name) => ({ name, color: null }))]
      const result = planTagRename(all, from, to)
      if (!result.ok) throw new RenameRefused(result.error)
      const { mapping, records: renamed } = result.plan
      merged = result.plan.merged
      const byName = new Map(records.map((tag) => [tag.name, tag]))
      const affected = new Set([...mapping.keys(), ...mapping.values()])
      const tagsBefore = [...affected].flatMap((name) => byName.get(name) ?? [])
      const tagsAfter = renamed.map((tag) => ({
        name: tag.name,
        color: tag.color,
        createdAt: byName.get(tag.name)?.createdAt ?? now,
        updatedAt: now,
      }))
      const { before, after } = rewrite(articles, (tags) => renameInTagList(tags, mapping), now)
      const change: ArticleChange = { kind: 'renameTag', before, after, tagsBefore, tagsAfter }
      await writeTagChange(database, change)
      return change
    })
    return { ok: true, merged, articles: change?.after.length ?? 0 }
  } catch (error) {
    if (error instanceof RenameRefused) return { ok: false, error: error.code }
    throw error
  }
}

async function writeTagChange(database: ArchiveDatabase, change: ArticleChange): Promise<void> {
  const kept = new Set((change.tagsAfter ?? []).map((tag) => tag.name))
  await database.tags.bulkDelete(
    (change.tagsBefore ?? []).map((t) => t.name).filter((n) => !kept.has(n)),
  )
  await database.tags.bulkPut(change.tagsAfter ?? [])
  await database.articles.bulkPut(change.after)
}

/** Deletes a tag and the tags below it; the articles stay, without those tags. */
export function deleteTag(
  history: ArchiveHistory,
  name: string,
  now = Date.now(),
): Promise<ArticleChange | null> {
  const database = history.database
  return history.run(async () => {
    const records = await database.tags.toArray()
    const doomed = new Set(
      tagsDeletedWith(
        records.map((tag) => tag.name),
        name,
      ),
    )
    const tagsBefore = records.filter((tag) => doomed.has(tag.name))
    const articles = await articlesUnder(database, name)
    const { before, after } = rewrite(articles, (tags) => deleteFromTagList(tags, name), now)
    if (tagsBefore.length === 0 && after.length === 0) return null
    const change: ArticleChange = { kind: 'deleteTag', before, after, tagsBefore, tagsAfter: [] }
    await writeTagChange(database, change)
    return change
  })
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
    const change: ArticleChange = {
      kind: 'tagColor',
      before: [],
      after: [],
      tagsBefore: existing === undefined ? [] : [existing],
      tagsAfter: [{ ...tag, color: clean, updatedAt: now }],
    }
    await writeTagChange(database, change)
    return change
  })
}
