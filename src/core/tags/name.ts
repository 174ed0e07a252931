// Hierarchical tag names: `地区/湖北/随州`. A typed name is normalised once, when it enters the
// archive, so `地区 ／湖北/ 随州` and `地区/湖北/随州` are the same tag everywhere.

export const TAG_SEPARATOR = '/'

/** Longest accepted name, in characters: a tag is a label, not a paragraph. */
export const MAX_TAG_LENGTH = 200

/** Slash look-alikes users type on Chinese keyboards or paste from documents. */
const SLASHES = /[／⁄∕⧸]/gu
const SPACES = /[\s\u00a0\u3000]+/gu
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\p{Cc}]/gu

/** The canonical form of a typed tag name, or null when nothing usable remains. */
export function normalizeTagName(typed: string): string | null {
  const segments = typed
    .normalize('NFC')
    .replace(INVISIBLE, ' ')
    .replace(SLASHES, TAG_SEPARATOR)
    .split(TAG_SEPARATOR)
    .map((segment) => segment.replace(SPACES, ' ').trim())
    .filter((segment) => segment !== '')
  if (segments.length === 0) return null
  const name = segments.join(TAG_SEPARATOR)
  return name.length > MAX_TAG_LENGTH ? null : name
}

export function tagSegments(name: string): string[] {
  return name.split(TAG_SEPARATOR)
}

/** The last segment: what a tree row shows. */
export function tagLeaf(name: string): string {
  const index = name.lastIndexOf(TAG_SEPARATOR)
  return index < 0 ? name : name.slice(index + 1)
}

export function parentTagName(name: string): string | null {
  const index = name.lastIndexOf(TAG_SEPARATOR)
  return index < 0 ? null : name.slice(0, index)
}

/** `地区/湖北/随州` → `地区`, `地区/湖北`, `地区/湖北/随州`. */
export function tagWithAncestors(name: string): string[] {
  const segments = tagSegments(name)
  return segments.map((_, index) => segments.slice(0, index + 1).join(TAG_SEPARATOR))
}

/** True for the tag itself and every tag below it. */
export function isSameOrDescendant(name: string, ancestor: string): boolean {
  return name === ancestor || name.startsWith(ancestor + TAG_SEPARATOR)
}

/** Moves `name` from under `from` to under `to`; null when `name` is not in `from`'s subtree. */
export function reparentTagName(name: string, from: string, to: string): string | null {
  if (!isSameOrDescendant(name, from)) return null
  return to + name.slice(from.length)
}

/** Normalises every name, drops unusable ones and duplicates, keeping first-seen order. */
export function normalizeTagList(names: Iterable<string>): string[] {
  const result = new Set<string>()
  for (const name of names) {
    const normal = normalizeTagName(name)
    if (normal !== null) result.add(normal)
  }
  return [...result]
}
