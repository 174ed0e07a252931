// How an accepted suggestion becomes a tag: an existing tag with the same last segment is reused
// (`地区/湖北/随州高新区` for `随州高新区`), else the name goes under the user's prefix for its
// kind (`地区/…`, `机构/…`, `人物/…`, from the locale), or stands alone without one.
import { normalizeTagName, tagLeaf } from './name'
import type { SuggestionKind } from './suggest-lexicon'

export function suggestionTagName(
  suggestion: { kind: SuggestionKind; name: string },
  prefixes: Partial<Record<SuggestionKind, string>>,
  existingTags: Iterable<string>,
): string | null {
  for (const tag of existingTags) if (tagLeaf(tag) === suggestion.name) return tag
  const prefix = prefixes[suggestion.kind]
  return normalizeTagName(prefix === undefined ? suggestion.name : `${prefix}/${suggestion.name}`)
}

/** Leaves of an article's tags: suggestions the article already carries are not offered. */
export function tagLeaves(tags: Iterable<string>): Set<string> {
  return new Set([...tags].map(tagLeaf))
}
