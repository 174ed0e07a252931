// People worth suggesting: the authors of the byline, and people the text names with a title and
// mentions again (`国家主席习近平 … 习近平指出`). A name found by rule is offered only when all of
// this holds: it follows a title, starts with a common surname, is mentioned at least twice, and
// where it ends is certain — the characters after it vary, or what follows is a word that
// follows names (`说`, `表示`, `在`).
import { namesIn } from '../import/split/byline'
import type { ParsedArticle } from '../../shared/article'
import {
  afterNameCharacters,
  bylineRoles,
  notPersonNames,
  surnames,
  titles,
} from './suggest-lexicon'

const HAN = /^\p{Script=Han}+$/u
const MIN_MENTIONS = 2
const titlePattern = new RegExp(
  `(?:${[...titles].sort((a, b) => b.length - a.length).join('|')})`,
  'gu',
)

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1
}

/** People from the authors list, else from a byline that names its people by role. */
export function peopleOf(article: Pick<ParsedArticle, 'authors' | 'byline'>): string[] {
  const fromAuthors = article.authors.map((author) => author.trim()).filter((name) => name !== '')
  if (fromAuthors.length > 0) return [...new Set(fromAuthors)]
  const byline = article.byline ?? ''
  if (!bylineRoles.test(byline)) return []
  // `本报(特约通讯员 刘澜)`: the people are inside the bracket, the paper outside.
  const inner = /[（(]([^（）()]+)[）)]/u.exec(byline)?.[1]
  return namesIn(inner ?? byline)
}

function surnameLength(text: string, at: number): number {
  for (const surname of surnames) if (text.startsWith(surname, at)) return surname.length
  return 0
}

/** True when the mentions of `name` part ways after it, or what follows it follows names. */
function endsHere(text: string, name: string, next: string): boolean {
  return afterNameCharacters.has(next) || occurrences(text, name + next) < occurrences(text, name)
}

/**
 * The name starting at `at`, or null: the surname and one or two more characters, as many as
 * the mentions agree on. `习近平指出 … 习近平强调` gives `习近平`; `李强表示 … 李强在` gives `李强`.
 */
function nameAt(text: string, at: number): string | null {
  const surname = surnameLength(text, at)
  if (surname === 0) return null
  for (const given of [1, 2]) {
    const end = at + surname + given
    const name = text.slice(at, end)
    if (name.length < surname + given || !HAN.test(name)) return null
    if (afterNameCharacters.has(name.charAt(name.length - 1))) return null
    // `李某某`, `王某`: a name withheld is no name to tag.
    if (name.includes('某')) return null
    if (endsHere(text, name, text.charAt(end))) return name
  }
  return null
}

/** People named after a title and mentioned again, most mentioned first. */
export function titledPeople(text: string, isOtherName: (name: string) => boolean): string[] {
  const found = new Set<string>()
  for (const match of text.matchAll(titlePattern)) {
    const name = nameAt(text, match.index + match[0].length)
    if (name === null || notPersonNames.has(name) || isOtherName(name)) continue
    if (occurrences(text, name) >= MIN_MENTIONS) found.add(name)
  }
  return [...found]
}
