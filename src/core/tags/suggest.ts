// Suggested tags from the article itself: places (`随州高新区`, `浙河镇`), organisations
// (`湖北斯诺公司`) and people from the byline. They are offered for one-click acceptance and
// never applied on their own.
//
// A name is found by its category word (…市, …公司) and extended to the left over name
// characters. Where it starts is decided by the text itself: a name mentioned several times
// keeps its left edge while the words before it vary (`走进随州高新区`, `，随州高新区`), so the
// candidate is extended only while every occurrence extends the same way; a name mentioned once
// is cut after the last function word or verb before it (`的余家畈村` → `余家畈村`).
import type { ParsedArticle } from '../../shared/article'
import {
  bylineNoise,
  continuations,
  determiners,
  genericEndings,
  genericPrefixes,
  organisationSuffixes,
  placeSuffixes,
  stopCharacters,
  stopWords,
} from './suggest-lexicon'
import type { SuggestionKind } from './suggest-lexicon'

export type { SuggestionKind } from './suggest-lexicon'

export interface TagSuggestion {
  kind: SuggestionKind
  /** The name as found in the text, e.g. `随州高新区`. */
  name: string
  /** How often the article mentions it (the headline counts three times). */
  mentions: number
}

export type SuggestionSource = Pick<
  ParsedArticle,
  'kicker' | 'title' | 'subtitle' | 'byline' | 'authors' | 'imageCredits' | 'blocks'
>

type NameKind = Exclude<SuggestionKind, 'person'>

const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9()（）]/u
const HAN = /\p{Script=Han}/u
const MAX_NAME_PREFIX: Record<NameKind, number> = {
  place: 8,
  organisation: 16,
}
const MIN_NAME_PREFIX = 2
const TITLE_WEIGHT = 3

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1
}

/** The name characters right before `end`, at most `max`; `bounded` when a non-name ended it. */
function windowBefore(
  text: string,
  end: number,
  max: number,
): { window: string; bounded: boolean } {
  let start = end
  while (start > 0 && end - start < max && NAME_CHAR.test(text.charAt(start - 1))) start--
  const bounded = start === 0 || !NAME_CHAR.test(text.charAt(start - 1))
  return { window: text.slice(start, end), bounded }
}

/** Where an earlier category word ends in the window (`湖北省随州` before `市`), else 0. */
function innerSuffixEnd(window: string, kind: NameKind): number {
  let cut = 0
  for (const suffix of kind === 'place' ? placeSuffixes : organisationSuffixes) {
    if (kind === 'organisation' && suffix.length < 2) continue
    const at = window.lastIndexOf(suffix)
    if (at >= 0 && window.length - (at + suffix.length) >= MIN_NAME_PREFIX) {
      cut = Math.max(cut, at + suffix.length)
    }
  }
  return cut
}

/** Cuts after the last function word or verb that leaves a name of at least two characters. */
function cutAtStopWord(prefix: string): string {
  for (let index = prefix.length - MIN_NAME_PREFIX - 1; index >= 0; index--) {
    if (stopCharacters.has(prefix.charAt(index))) return prefix.slice(index + 1)
    const word = stopWords.find((stop) => prefix.startsWith(stop, index + 1 - stop.length))
    if (word !== undefined && index + 1 >= word.length) return prefix.slice(index + 1)
  }
  return prefix
}

/**
 * Extends the prefix leftwards while the longer form occurs as often as the shorter one.
 * `stable` when it stopped because the words before it vary: the left edge is then certain.
 */
function extendByRecurrence(
  text: string,
  window: string,
  suffix: string,
): { prefix: string; stable: boolean } {
  let length = MIN_NAME_PREFIX
  let count = occurrences(text, window.slice(-length) + suffix)
  if (count < 2) return { prefix: window, stable: false }
  while (length < window.length) {
    const longer = occurrences(text, window.slice(-(length + 1)) + suffix)
    if (longer !== count) return { prefix: window.slice(-length), stable: true }
    length++
    count = longer
  }
  return { prefix: window, stable: false }
}

function isNamePrefix(prefix: string, suffix: string): boolean {
  if (prefix.length < MIN_NAME_PREFIX || !HAN.test(prefix)) return false
  const last = prefix.charAt(prefix.length - 1)
  if (determiners.has(last) || stopCharacters.has(last)) return false
  if (genericPrefixes.has(prefix) || stopWords.includes(prefix)) return false
  return !genericEndings.has(last + suffix) && !genericEndings.has(prefix.slice(-2) + suffix)
}

/**
 * The name whose category word `suffix` ends at `end`, or null. A left edge must be certain:
 * found by recurrence, by a function word, or by punctuation; a run of text cut off only by the
 * length limit is more likely a phrase than a name.
 */
function nameEndingAt(text: string, at: number, suffix: string, kind: NameKind): string | null {
  if (continuations.has(text.slice(at + suffix.length - 1, at + suffix.length + 1))) return null
  const found = windowBefore(text, at, MAX_NAME_PREFIX[kind])
  const cut = innerSuffixEnd(found.window, kind)
  const window = found.window.slice(cut)
  if (window.length < MIN_NAME_PREFIX) return null
  const recurring = extendByRecurrence(text, window, suffix)
  const prefix = cutAtStopWord(recurring.prefix)
  const certain =
    recurring.stable ||
    prefix !== recurring.prefix ||
    (prefix === window && (found.bounded || cut > 0))
  return certain && isNamePrefix(prefix, suffix) ? prefix + suffix : null
}

function suffixPattern(suffixes: readonly string[]): RegExp {
  return new RegExp(suffixes.join('|'), 'gu')
}

const patterns = {
  place: suffixPattern(placeSuffixes),
  organisation: suffixPattern(organisationSuffixes),
} as const

function namesOfKind(text: string, kind: NameKind): Set<string> {
  const names = new Set<string>()
  for (const match of text.matchAll(patterns[kind])) {
    const name = nameEndingAt(text, match.index, match[0], kind)
    if (name !== null) names.add(name)
  }
  return names
}

/** People from the authors list, else from the byline with roles and brackets removed. */
export function peopleOf(article: Pick<SuggestionSource, 'authors' | 'byline'>): string[] {
  const fromAuthors = article.authors.map((author) => author.trim()).filter((name) => name !== '')
  if (fromAuthors.length > 0) return [...new Set(fromAuthors)]
  const words = (article.byline ?? '').replace(bylineNoise, ' ').split(/\s+/u)
  return [...new Set(words.filter((word) => /^\p{Script=Han}{2,4}$/u.test(word)))]
}

function articleText(article: SuggestionSource): { heading: string; all: string } {
  const heading = [article.kicker, article.title, article.subtitle].filter(Boolean).join('\n')
  const body = article.blocks.map((block) => block.text)
  return { heading, all: [heading, ...article.imageCredits, ...body].join('\n') }
}

/**
 * Suggested tags, most mentioned first. `exclude` holds names the article already carries
 * (compared with the last segment of its tags by the caller), so nothing is offered twice.
 */
export function suggestTags(
  article: SuggestionSource,
  options: { limit?: number; exclude?: ReadonlySet<string> } = {},
): TagSuggestion[] {
  const { heading, all } = articleText(article)
  const found: TagSuggestion[] = []
  const mentions = (name: string): number =>
    occurrences(all, name) + (TITLE_WEIGHT - 1) * occurrences(heading, name)
  for (const kind of ['place', 'organisation'] as const) {
    for (const name of namesOfKind(all, kind)) found.push({ kind, name, mentions: mentions(name) })
  }
  for (const name of peopleOf(article)) {
    found.push({ kind: 'person', name, mentions: Math.max(1, mentions(name)) })
  }
  const exclude = options.exclude ?? new Set<string>()
  return found
    .filter((suggestion) => !exclude.has(suggestion.name))
    .sort((a, b) => b.mentions - a.mentions || a.name.length - b.name.length)
    .slice(0, options.limit ?? 12)
}
