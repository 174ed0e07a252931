// Facet counts over a result set: how many hits carry each tag, author, paper, section, year
// and month. Counted per shard on string numbers, then merged by value.
import type { Shard } from './shard'

export interface FacetCount {
  value: string
  count: number
}

export interface Facets {
  tags: FacetCount[]
  authors: FacetCount[]
  papers: FacetCount[]
  sections: FacetCount[]
  /** `YYYY`. */
  years: FacetCount[]
  /** `YYYY-MM`. */
  months: FacetCount[]
}

type Tally = Map<string, number>

const add = (tally: Tally, value: string, count = 1): void => {
  tally.set(value, (tally.get(value) ?? 0) + count)
}

/** Most frequent first, then by value. */
function sorted(tally: Tally): FacetCount[] {
  return [...tally]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
}

export function facetCounts(shards: readonly Shard[], refs: Uint32Array, refShift: number): Facets {
  const tallies: Record<'tags' | 'authors' | 'papers' | 'sections', Tally> = {
    tags: new Map(),
    authors: new Map(),
    papers: new Map(),
    sections: new Map(),
  }
  const years: Tally = new Map()
  const months: Tally = new Map()
  const perShard = new Map<
    Shard,
    { tags: Int32Array; authors: Int32Array; papers: Int32Array; sections: Int32Array }
  >()
  for (const ref of refs) {
    const shard = shards[Math.floor(ref / refShift)]
    const doc = ref % refShift
    const fields = shard?.fields[doc]
    if (!shard || !fields) continue
    let counts = perShard.get(shard)
    if (!counts) {
      const n = shard.strings.length
      counts = {
        tags: new Int32Array(n),
        authors: new Int32Array(n),
        papers: new Int32Array(n),
        sections: new Int32Array(n),
      }
      perShard.set(shard, counts)
    }
    for (const tag of fields.tags) counts.tags[tag] = (counts.tags[tag] ?? 0) + 1
    for (const author of fields.authors) counts.authors[author] = (counts.authors[author] ?? 0) + 1
    if (fields.paper >= 0) counts.papers[fields.paper] = (counts.papers[fields.paper] ?? 0) + 1
    if (fields.section >= 0)
      counts.sections[fields.section] = (counts.sections[fields.section] ?? 0) + 1
    const date = shard.dates[doc] ?? 0
    if (date > 0) {
      const year = String(Math.floor(date / 10000))
      add(years, year)
      const month = Math.floor(date / 100) % 100
      if (month > 0) add(months, `${year}-${String(month).padStart(2, '0')}`)
    }
  }
  for (const [shard, counts] of perShard) {
    for (const key of ['tags', 'authors', 'papers', 'sections'] as const) {
      const tally: Tally = tallies[key]
      counts[key].forEach((count, index) => {
        if (count > 0) add(tally, shard.strings[index] ?? '', count)
      })
    }
  }
  return {
    tags: sorted(tallies.tags),
    authors: sorted(tallies.authors),
    papers: sorted(tallies.papers),
    sections: sorted(tallies.sections),
    years: sorted(years),
    months: sorted(months),
  }
}
