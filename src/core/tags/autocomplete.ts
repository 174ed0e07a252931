// Autocomplete for the tag input: what the user typed may start the full name (`地区/湖`), start
// any segment (`随州` finds `地区/湖北/随州`) or occur anywhere in it. Better kinds of match come
// first, then the tags used most, then pinyin order. The input's list also offers to create
// the typed name as a new tag, so Enter can always take the highlighted row.
import { normalizeTagName, tagSegments } from './name'
import { compareTagNames } from './order'

export interface TagUsage {
  name: string
  /** Articles carrying the tag. */
  count: number
}

const MatchRank = { Exact: 0, NamePrefix: 1, SegmentPrefix: 2, Substring: 3 } as const
type MatchRank = (typeof MatchRank)[keyof typeof MatchRank]

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

function matchRank(name: string, query: string): MatchRank | null {
  const folded = fold(name)
  if (folded === query) return MatchRank.Exact
  if (folded.startsWith(query)) return MatchRank.NamePrefix
  if (tagSegments(folded).some((segment) => segment.startsWith(query))) {
    return MatchRank.SegmentPrefix
  }
  return folded.includes(query) ? MatchRank.Substring : null
}

export function completeTag(typed: string, usage: readonly TagUsage[], limit = 10): TagUsage[] {
  const normal = normalizeTagName(typed)
  if (normal === null) return []
  const query = fold(normal)
  const ranked: { tag: TagUsage; rank: MatchRank }[] = []
  for (const tag of usage) {
    const rank = matchRank(tag.name, query)
    if (rank !== null) ranked.push({ tag, rank })
  }
  ranked.sort(
    (a, b) =>
      a.rank - b.rank || b.tag.count - a.tag.count || compareTagNames(a.tag.name, b.tag.name),
  )
  return ranked.slice(0, limit).map((entry) => entry.tag)
}

/** A row of the input's list: an existing tag, or the typed name as a new tag. */
export type TagChoice =
  { kind: 'existing'; name: string; count: number } | { kind: 'create'; name: string }

/**
 * The rows the tag input lists for what is being typed: completions first (the first is what
 * Enter takes), then "new tag" for a typed name no tag has yet, so it is never out of reach.
 */
export function tagChoices(typed: string, usage: readonly TagUsage[], limit = 8): TagChoice[] {
  const normal = normalizeTagName(typed)
  if (normal === null) return []
  const completions = completeTag(normal, usage, limit)
  const choices: TagChoice[] = completions.map((tag) => ({ kind: 'existing', ...tag }))
  if (!usage.some((tag) => tag.name === normal)) choices.push({ kind: 'create', name: normal })
  return choices
}
