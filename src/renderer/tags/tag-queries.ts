// Reading tags for the tree, counts and autocomplete: the tag records from their table, the
// counts from the tag census (tag-census.ts), never from a scan of every article.
import type { TagUsage } from '../../core/tags/autocomplete'
import type { TagCounts } from '../../core/tags/counts'
import { buildTagTree } from '../../core/tags/tree'
import type { TagNode } from '../../core/tags/tree'
import type { ArchiveDatabase } from '../db/database'
import { tagCensus } from './tag-census'
import type { TagCensusState } from './tag-census'

/** Each tag with the number of articles carrying it exactly, for autocomplete. */
export function tagUsageOf(names: readonly string[], counts: TagCounts): TagUsage[] {
  const all = new Set([...names, ...counts.own.keys()])
  return [...all].map((name) => ({ name, count: counts.own.get(name) ?? 0 }))
}

/** The census once it has read the archive. */
export function readyCensus(database: ArchiveDatabase): Promise<TagCensusState> {
  const census = tagCensus(database)
  return new Promise((resolve) => {
    if (census.state.ready) {
      resolve(census.state)
      return
    }
    const stop = census.subscribe(() => {
      if (!census.state.ready) return
      stop()
      resolve(census.state)
    })
  })
}

export async function loadTagTree(database: ArchiveDatabase): Promise<TagNode[]> {
  const [records, state] = await Promise.all([database.tags.toArray(), readyCensus(database)])
  return buildTagTree(records, state.counts)
}

export async function loadTagUsage(database: ArchiveDatabase): Promise<TagUsage[]> {
  const [names, state] = await Promise.all([
    database.tags.toCollection().primaryKeys(),
    readyCensus(database),
  ])
  return tagUsageOf(names, state.counts)
}
