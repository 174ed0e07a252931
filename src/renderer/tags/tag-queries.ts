// Reading tags for the tree, counts and autocomplete. Tag lists come from the `*tags` index
// (keys only), so counting 100,000 articles never loads their text.
import type { TagUsage } from '../../core/tags/autocomplete'
import { buildTagTree, countTags } from '../../core/tags/tree'
import type { TagNode } from '../../core/tags/tree'
import type { ArchiveDatabase } from '../db/database'

/** Every tagged article's tag list (untagged articles are left out). */
export async function articleTagLists(database: ArchiveDatabase): Promise<string[][]> {
  const byArticle = new Map<string, string[]>()
  await database.articles.orderBy('tags').eachKey((key, cursor) => {
    if (typeof key !== 'string') return
    const list = byArticle.get(cursor.primaryKey)
    if (list === undefined) byArticle.set(cursor.primaryKey, [key])
    else list.push(key)
  })
  return [...byArticle.values()]
}

export async function loadTagTree(database: ArchiveDatabase): Promise<TagNode[]> {
  const [records, lists] = await Promise.all([database.tags.toArray(), articleTagLists(database)])
  return buildTagTree(records, lists)
}

/** Each tag with the number of articles carrying it exactly, for autocomplete. */
export async function loadTagUsage(database: ArchiveDatabase): Promise<TagUsage[]> {
  const [names, lists] = await Promise.all([
    database.tags.toCollection().primaryKeys(),
    articleTagLists(database),
  ])
  const { own } = countTags(lists)
  const all = new Set([...names, ...own.keys()])
  return [...all].map((name) => ({ name, count: own.get(name) ?? 0 }))
}
