// Articles per tag, kept up to date article by article: adding a tag list and taking it away
// again are exact inverses, so a count follows every write without a recount of the archive.
// `own` counts the articles carrying exactly a tag; `total` those carrying it or any tag below
// it, each article once: an article tagged both `地区/湖北` and `地区/湖北/随州` adds one to `地区`.
import { tagWithAncestors } from './name'

export class TagCounts {
  readonly own = new Map<string, number>()
  readonly total = new Map<string, number>()

  /** Counts one article's tags (`sign` −1 takes them away again). */
  add(tags: readonly string[], sign: 1 | -1 = 1): void {
    if (tags.length === 0) return
    const reached = new Set<string>()
    for (const tag of new Set(tags)) {
      bump(this.own, tag, sign)
      for (const name of tagWithAncestors(tag)) reached.add(name)
    }
    for (const name of reached) bump(this.total, name, sign)
  }
}

function bump(counts: Map<string, number>, name: string, sign: 1 | -1): void {
  const next = (counts.get(name) ?? 0) + sign
  if (next > 0) counts.set(name, next)
  else counts.delete(name)
}

/** Counts over every article's tag list. */
export function countTags(articleTags: Iterable<readonly string[]>): TagCounts {
  const counts = new TagCounts()
  for (const tags of articleTags) counts.add(tags)
  return counts
}
