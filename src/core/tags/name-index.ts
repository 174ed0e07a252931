// Finds attested names in running text: every form of every place, organisation and existing tag
// goes into one dictionary, and the text is read left to right taking the longest form that
// starts at each position. So `上海合作组织` is an organisation, not the place `上海`, and
// `湖北省` is read before `湖北`.
import { gazetteer } from './gazetteer'
import type { Place } from './gazetteer'
import { notNames, organisations } from './suggest-lexicon'

export type NameEntry =
  | { kind: 'place'; place: Place }
  | { kind: 'organisation'; name: string }
  /** A word that contains a name but is none (`北京时间`). */
  | { kind: 'none' }
  /** A tag of the archive whose last segment is this form. */
  | { kind: 'existing'; tag: string }

export type NameIndex = ReadonlyMap<string, readonly NameEntry[]>

export interface Mention {
  start: number
  end: number
  entries: readonly NameEntry[]
}

const MIN_FORM = 2
/** A name followed by 族 is a people, not a place: `蒙古族`, `朝鲜族`. */
const ETHNIC_SUFFIX = '族'

function add(index: Map<string, NameEntry[]>, form: string, entry: NameEntry): void {
  if (form.length < MIN_FORM) return
  const entries = index.get(form)
  if (entries === undefined) index.set(form, [entry])
  else entries.push(entry)
}

let shared: NameIndex | null = null

/** Places, organisations and non-names, built once. */
export function nameIndex(): NameIndex {
  if (shared !== null) return shared
  const index = new Map<string, NameEntry[]>()
  for (const place of gazetteer()) {
    for (const form of place.forms) add(index, form, { kind: 'place', place })
  }
  for (const line of organisations) {
    const [name = '', ...aliases] = line.split('|')
    for (const form of [name, ...aliases]) add(index, form, { kind: 'organisation', name })
  }
  for (const word of notNames) add(index, word, { kind: 'none' })
  shared = index
  return shared
}

/** The archive's tags by their last segment, for the names it already uses. */
export function existingTagIndex(
  tags: Iterable<string>,
  leafOf: (tag: string) => string,
): NameIndex {
  const index = new Map<string, NameEntry[]>()
  for (const tag of tags) add(index, leafOf(tag), { kind: 'existing', tag })
  return index
}

const longestCache = new WeakMap<NameIndex, number>()

function longestForm(indexes: readonly NameIndex[]): number {
  let longest = 0
  for (const index of indexes) {
    let own = longestCache.get(index)
    if (own === undefined) {
      own = Math.max(0, ...[...index.keys()].map((form) => form.length))
      longestCache.set(index, own)
    }
    longest = Math.max(longest, own)
  }
  return longest
}

/** Entries of `form` in every index, the later ones (the archive's own tags) first. */
function lookup(indexes: readonly NameIndex[], form: string): NameEntry[] {
  const found: NameEntry[] = []
  for (let i = indexes.length - 1; i >= 0; i--) found.push(...(indexes[i]?.get(form) ?? []))
  return found
}

/** Leftmost-longest reading of `text`; names that are none are read but not returned. */
export function findMentions(text: string, indexes: readonly NameIndex[]): Mention[] {
  const mentions: Mention[] = []
  const longest = longestForm(indexes)
  let at = 0
  while (at < text.length) {
    let found: Mention | null = null
    for (let length = Math.min(longest, text.length - at); length >= MIN_FORM; length--) {
      const entries = lookup(indexes, text.slice(at, at + length))
      if (entries.length > 0) {
        found = { start: at, end: at + length, entries }
        break
      }
    }
    if (found === null) {
      at++
      continue
    }
    const ethnic = text.charAt(found.end) === ETHNIC_SUFFIX
    if (!ethnic && found.entries.some((entry) => entry.kind !== 'none')) mentions.push(found)
    at = found.end
  }
  return mentions
}
