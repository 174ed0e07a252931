// Suggested tags from the article itself, each a whole attested name: places of the gazetteer
// (`地区/湖北/武汉`), organisations of the list or a place's own bodies (`机构/武汉市人民政府`),
// people of the byline and people the text names with a title and mentions again — and the
// archive's own tags wherever their name occurs. Fragments of phrases are never offered: a name
// must be found whole, not guessed from a category word. Offered for one-click acceptance, never
// applied on their own.
import type { ParsedArticle } from '../../shared/article'
import type { Place } from './gazetteer'
import { tagLeaf } from './name'
import { existingTagIndex, findMentions, nameIndex } from './name-index'
import type { Mention, NameEntry, NameIndex } from './name-index'
import { countryBodies, placeBodies, placeSchools } from './suggest-lexicon'
import type { SuggestionKind } from './suggest-lexicon'
import { suggestionTag } from './suggest-name'
import type { TagPrefixes } from './suggest-name'
import { peopleOf, titledPeople } from './suggest-people'

export type { SuggestionKind } from './suggest-lexicon'
export { peopleOf } from './suggest-people'

export interface TagSuggestion {
  kind: SuggestionKind
  /** The name as the panel shows it, e.g. `武汉`. */
  name: string
  /** The tag accepting it adds, e.g. `地区/湖北/武汉`. */
  tag: string
  /** How often the article mentions it (the headline counts three times). */
  mentions: number
}

export type SuggestionSource = Pick<
  ParsedArticle,
  'kicker' | 'title' | 'subtitle' | 'byline' | 'authors' | 'imageCredits' | 'blocks'
>

export interface SuggestOptions {
  limit?: number
  /** Last segments of the tags the article carries: those names are not offered again. */
  exclude?: ReadonlySet<string>
  /** The tag prefix of each kind (`地区`, `机构`, `人物`, from the locale); none puts names at
   * the top level. */
  prefixes?: TagPrefixes
  /** The archive's tags: reused when a name is already a tag, and suggested where they occur. */
  existingTags?: Iterable<string>
}

const TITLE_WEIGHT = 3
const LEVEL_RANK = { country: 0, province: 0, prefecture: 1, county: 2 } as const
const DEFAULT_LIMIT = 12

interface Found {
  kind: SuggestionKind
  name: string
  tag: string
  mentions: number
  first: number
}

interface Text {
  all: string
  headingEnd: number
}

function articleText(article: SuggestionSource): Text {
  const heading = [article.kicker, article.title, article.subtitle].filter(Boolean).join('\n')
  const body = article.blocks.map((block) => block.text)
  return { all: [heading, ...article.imageCredits, ...body].join('\n'), headingEnd: heading.length }
}

function placesOf(mention: Mention): Place[] {
  return mention.entries.flatMap((entry) => (entry.kind === 'place' ? [entry.place] : []))
}

function isAncestor(ancestor: readonly string[], of: readonly string[]): boolean {
  return ancestor.length < of.length && ancestor.every((segment, i) => of[i] === segment)
}

/**
 * The place a mention means. A form shared by places of different levels means the larger one
 * (`吉林` the province); one shared by places of one level (`鼓楼区` in four cities) means the one
 * whose province or prefecture the article also names, else none of them.
 */
function resolvePlace(candidates: readonly Place[], named: readonly Place[]): Place | null {
  if (candidates.length === 0) return null
  const top = Math.min(...candidates.map((place) => LEVEL_RANK[place.level]))
  const level = candidates.filter((place) => LEVEL_RANK[place.level] === top)
  if (level.length === 1) return level[0] ?? null
  const placed = level.filter((place) => named.some((other) => isAncestor(other.path, place.path)))
  return placed.length === 1 ? (placed[0] ?? null) : null
}

/** The body of a place that follows its name (`湖北省` + `委`, `武汉` + `大学`), if any. */
function bodyAfter(text: string, mention: Mention, place: Place): string | null {
  const written = text.slice(mention.start, mention.end)
  const full = written === place.forms[0]
  const lists =
    place.level === 'country'
      ? [countryBodies]
      : full
        ? [placeBodies, placeSchools]
        : [placeSchools]
  for (const list of lists) {
    const suffix = list.find((candidate) => text.startsWith(candidate, mention.end))
    if (suffix !== undefined) return suffix
  }
  return null
}

class Collector {
  readonly found = new Map<string, Found>()
  /** Mentions already counted, so a name found two ways (the archive's tag, the byline) counts
   * once where it stands. */
  private readonly counted = new Set<string>()

  constructor(
    private readonly text: Text,
    private readonly prefixes: TagPrefixes,
    private readonly existing: ReadonlyMap<string, string>,
  ) {}

  /** Counts one mention at `at`; the headline's count triple. */
  add(kind: SuggestionKind, path: readonly string[], at: number): void {
    const tag = suggestionTag(kind, path, this.prefixes, this.existing)
    if (tag !== null) this.count(kind, tag, at)
  }

  /** Counts a mention of an existing tag, wherever its last segment occurs. */
  count(kind: SuggestionKind, tag: string, at: number): void {
    const key = `${tag}@${String(at)}`
    if (this.counted.has(key)) return
    this.counted.add(key)
    const weight = at < this.text.headingEnd ? TITLE_WEIGHT : 1
    const known = this.found.get(tag)
    if (known === undefined) {
      this.found.set(tag, { kind, name: tagLeaf(tag), tag, mentions: weight, first: at })
    } else known.mentions += weight
  }
}

function kindOfTag(tag: string, prefixes: TagPrefixes): SuggestionKind | null {
  const root = tag.split('/')[0]
  for (const kind of ['place', 'organisation', 'person'] as const) {
    if (prefixes[kind] !== undefined && prefixes[kind] === root) return kind
  }
  return null
}

/** Places, organisations and bodies of places named in the text. */
function collectNames(collector: Collector, text: string, mentions: readonly Mention[]): void {
  const named = mentions.flatMap((mention) =>
    placesOf(mention).length === 1 ? placesOf(mention) : [],
  )
  let chainStart = -1
  let previous: Place | null = null
  let previousEnd = -1
  // A body's name may contain another name (`乌克兰国防部`): that one is part of it.
  let bodyEnd = -1
  for (const mention of mentions) {
    if (mention.start < bodyEnd) continue
    const organisation = mention.entries.find((entry) => entry.kind === 'organisation')
    if (organisation?.kind === 'organisation') {
      collector.add('organisation', [organisation.name], mention.start)
      previous = null
      continue
    }
    const place = resolvePlace(placesOf(mention), named)
    if (place === null) continue
    collector.add('place', place.path, mention.start)
    // `武汉市江夏区第一人民医院`: a place right before one of its own parts reads as one name.
    const chained =
      previous !== null && previousEnd === mention.start && isAncestor(previous.path, place.path)
    if (!chained) chainStart = mention.start
    previous = place
    previousEnd = mention.end
    const body = bodyAfter(text, mention, place)
    if (body !== null) {
      collector.add('organisation', [text.slice(chainStart, mention.end) + body], chainStart)
      bodyEnd = mention.end + body.length
      previous = null
    }
  }
}

function collectExisting(
  collector: Collector,
  mentions: readonly Mention[],
  prefixes: TagPrefixes,
): void {
  for (const mention of mentions) {
    for (const entry of mention.entries) {
      if (entry.kind !== 'existing') continue
      const kind = kindOfTag(entry.tag, prefixes)
      if (kind !== null) collector.count(kind, entry.tag, mention.start)
    }
  }
}

function collectPeople(collector: Collector, article: SuggestionSource, text: Text): void {
  const isOtherName = (name: string): boolean => nameIndex().has(name)
  for (const person of [...peopleOf(article), ...titledPeople(text.all, isOtherName)]) {
    const at = text.all.indexOf(person)
    collector.add('person', [person], at < 0 ? text.all.length : at)
    let next = at < 0 ? -1 : text.all.indexOf(person, at + person.length)
    while (next >= 0) {
      collector.add('person', [person], next)
      next = text.all.indexOf(person, next + person.length)
    }
  }
}

/** Existing tags of the three kinds by last segment, for reuse. */
function existingByLeaf(tags: readonly string[], prefixes: TagPrefixes): Map<string, string> {
  const byLeaf = new Map<string, string>()
  for (const tag of tags) if (kindOfTag(tag, prefixes) !== null) byLeaf.set(tagLeaf(tag), tag)
  return byLeaf
}

/** Suggested tags, most mentioned first. */
export function suggestTags(
  article: SuggestionSource,
  options: SuggestOptions = {},
): TagSuggestion[] {
  const prefixes = options.prefixes ?? {}
  const existing = [...(options.existingTags ?? [])]
  const text = articleText(article)
  const indexes: NameIndex[] = [nameIndex()]
  const ownTags = existing.filter((tag) => kindOfTag(tag, prefixes) !== null)
  if (ownTags.length > 0) indexes.push(existingTagIndex(ownTags, tagLeaf))
  const mentions = findMentions(text.all, indexes)
  const collector = new Collector(text, prefixes, existingByLeaf(existing, prefixes))
  // A form that is both a known name and an existing tag is read as the name (reusing the tag).
  collectNames(
    collector,
    text.all,
    mentions.filter((mention) => !isExistingOnly(mention)),
  )
  collectExisting(collector, mentions.filter(isExistingOnly), prefixes)
  collectPeople(collector, article, text)
  const exclude = options.exclude ?? new Set<string>()
  return [...collector.found.values()]
    .filter((found) => !exclude.has(found.name) && !exclude.has(tagLeaf(found.tag)))
    .sort((a, b) => b.mentions - a.mentions || a.first - b.first)
    .slice(0, options.limit ?? DEFAULT_LIMIT)
    .map(({ kind, name, tag, mentions: count }) => ({ kind, name, tag, mentions: count }))
}

function isExistingOnly(mention: Mention): boolean {
  return mention.entries.every((entry: NameEntry) => entry.kind === 'existing')
}
