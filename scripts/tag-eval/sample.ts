// The 200 articles the tag-suggestion key was written for: 100 Xinwen Lianbo items and 100
// People's Daily articles drawn from ../shared/bench-corpus with a fixed seed, each turned into
// what the importer hands the suggester (byline and authors taken off the first paragraph as the
// splitter does). Read at run time only; no article text is kept in the repository.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ArticleBlock } from '../../src/shared/article'
import { seededRandom } from '../../src/shared/random'
import {
  isBylineLine,
  isEditorLine,
  namesIn,
  openerOf,
  trailingBylineStart,
} from '../../src/core/import/split/byline'
import type { SuggestionSource } from '../../src/core/tags/suggest'

export const SAMPLE_SEED = 20260512
export const SAMPLE_PER_SOURCE = 100

export const corpusFolder = fileURLToPath(new URL('../../../shared/bench-corpus/', import.meta.url))

interface CorpusItem {
  id: string
  kicker?: string
  title: string
  subtitle?: string
  body: string
}

export interface SampleArticle extends SuggestionSource {
  id: string
}

function readItems(folder: string): CorpusItem[] {
  const items: CorpusItem[] = []
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(folder, name), 'utf8').split('\n')) {
      if (line.trim() !== '') items.push(JSON.parse(line) as CorpusItem)
    }
  }
  return items
}

/** `count` items in a seeded random order (a partial Fisher–Yates shuffle). */
function draw<T>(items: readonly T[], count: number, next: () => number): T[] {
  const pool = [...items]
  for (let i = 0; i < count && i < pool.length; i++) {
    const j = i + Math.floor(next() * (pool.length - i))
    ;[pool[i], pool[j]] = [pool[j] as T, pool[i] as T]
  }
  return pool.slice(0, count)
}

const orNull = (text: string | undefined): string | null =>
  text === undefined || text.trim() === '' ? null : text

/** Takes a byline off the first paragraph: a whole byline line, or an opener (`本报北京5月8日电
 * （记者冯春梅）`) before the text. */
function takeOpening(paragraphs: string[], bylines: string[], authors: string[]): void {
  const first = paragraphs[0]
  if (first === undefined) return
  if (isBylineLine(first)) {
    bylines.push(first)
    authors.push(...namesIn(first.replace(/^[（(]|[）)]$/gu, '')))
    paragraphs.shift()
    return
  }
  const opener = openerOf(first)
  if (opener === null) return
  bylines.push(opener.byline)
  authors.push(...opener.authors)
  paragraphs[0] = first.slice(opener.end)
}

/** Takes the signature off the last paragraph: an editor's credit (dropped, it names no author),
 * a whole byline line, or names after the last sentence (`… 何榕 卢春燕`). */
function takeClosing(paragraphs: string[], bylines: string[], authors: string[]): void {
  const last = paragraphs.length - 1
  const tail = paragraphs[last]
  if (tail === undefined) return
  if (isEditorLine(tail)) {
    paragraphs.pop()
    takeClosing(paragraphs, bylines, authors)
    return
  }
  const bare = tail.replace(/^[（(]|[）)]$/gu, '')
  const start = isBylineLine(tail) ? 0 : trailingBylineStart(tail)
  if (start < 0) return
  const byline = start === 0 ? bare : tail.slice(start).replace(/^[（(]|[）)]$/gu, '')
  bylines.push(byline.trim())
  authors.push(...namesIn(byline))
  if (start === 0) paragraphs.pop()
  else paragraphs[last] = tail.slice(0, start).trim()
}

/** The item as the importer stores it: byline and authors off its first and last paragraphs. */
export function toArticle(item: CorpusItem): SampleArticle {
  const paragraphs = item.body.split('\n').filter((text) => text.trim() !== '')
  const bylines: string[] = []
  const authors: string[] = []
  takeOpening(paragraphs, bylines, authors)
  takeClosing(paragraphs, bylines, authors)
  const blocks: ArticleBlock[] = paragraphs.map((text) => ({ type: 'paragraph', text }))
  return {
    id: item.id,
    kicker: orNull(item.kicker),
    title: item.title,
    subtitle: orNull(item.subtitle),
    byline: bylines.length > 0 ? bylines.join(' ') : null,
    authors: [...new Set(authors)],
    imageCredits: [],
    blocks,
  }
}

/** The 200 articles, Xinwen Lianbo first, each source in draw order. Another seed draws others
 * (to look at suggestions on articles the key does not cover). */
export function sampleArticles(folder = corpusFolder, seed = SAMPLE_SEED): SampleArticle[] {
  const next = seededRandom(seed)
  const xwlb = draw(readItems(folder), SAMPLE_PER_SOURCE, next)
  const rmrb = draw(readItems(join(folder, 'people-daily')), SAMPLE_PER_SOURCE, next)
  return [...xwlb, ...rmrb].map(toArticle)
}
