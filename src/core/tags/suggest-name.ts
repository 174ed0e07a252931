// How a suggested name becomes a tag: an existing tag of the same kind with the same last segment
// is reused (the archive's `地区/武汉` for the gazetteer's `地区/湖北/武汉`), else the name's path
// goes under the user's prefix for its kind (`地区/…`, `机构/…`, `人物/…`, from the locale), or
// stands alone without one.
import { normalizeTagName, tagLeaf } from './name'
import type { SuggestionKind } from './suggest-lexicon'

export type TagPrefixes = Partial<Record<SuggestionKind, string>>

export function suggestionTag(
  kind: SuggestionKind,
  path: readonly string[],
  prefixes: TagPrefixes,
  existingByLeaf: ReadonlyMap<string, string>,
): string | null {
  const leaf = path[path.length - 1]
  if (leaf === undefined) return null
  const existing = existingByLeaf.get(leaf)
  const prefix = prefixes[kind]
  if (existing !== undefined && (prefix === undefined || existing.startsWith(`${prefix}/`))) {
    return existing
  }
  return normalizeTagName([...(prefix === undefined ? [] : [prefix]), ...path].join('/'))
}

/** Leaves of an article's tags: suggestions the article already carries are not offered. */
export function tagLeaves(tags: Iterable<string>): Set<string> {
  return new Set([...tags].map(tagLeaf))
}
