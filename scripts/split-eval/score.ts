// Scores a parse against the truth a generated file carries. Articles are matched by content, not
// by line numbers, so every format is scored the same way:
//   split     the article came out whole: exactly its characters, no more, no fewer;
//   title     the matched article has exactly the true headline (none for photo items);
//   kicker, subtitle   exact, over articles where the truth or the parse has one;
//   subhead   a sub-heading stayed a block of its own article, not a new article;
//   credit    a credit or editor line stayed in its article's text, not a headline or an article;
//   breaks    a paragraph cut by a column break came out whole (a dateline or authors moved to the
//             byline aside), over cuts plus wrong joins;
//   lost      characters of the articles' text found in no field of any article.
import type { ParsedArticle } from '../../src/shared/article'
import type { ParseOutcome } from '../../src/core/import/pipeline'
import type { GeneratedFile, TruthArticle } from './layouts'
import { piecesOf } from './plan'

export interface Tally {
  articles: number
  split: number
  title: number
  kicker: [number, number]
  subtitle: [number, number]
  subhead: [number, number]
  credit: [number, number]
  breaks: [number, number]
  lost: number
  chars: number
}

export function emptyTally(): Tally {
  return {
    articles: 0,
    split: 0,
    title: 0,
    kicker: [0, 0],
    subtitle: [0, 0],
    subhead: [0, 0],
    credit: [0, 0],
    breaks: [0, 0],
    lost: 0,
    chars: 0,
  }
}

const flat = (text: string): string => text.replace(/\s+/gu, '')
const sortedKey = (text: string): string => Array.from(flat(text)).sort().join('')
const same = (a: string | null, b: string | null): boolean => flat(a ?? '') === flat(b ?? '')

function parsedPieces(article: ParsedArticle): string[] {
  return [
    article.kicker ?? '',
    article.title ?? '',
    article.subtitle ?? '',
    article.byline ?? '',
    ...article.imageCredits,
    ...article.blocks.map((block) => block.text),
  ]
}

const bodyText = (article: ParsedArticle): string =>
  flat(
    [
      article.byline ?? '',
      ...article.imageCredits,
      ...article.blocks.map((block) => block.text),
    ].join(''),
  )

/** The parsed article holding most of the true article's pieces. */
function align(
  truth: TruthArticle,
  parsed: readonly ParsedArticle[],
  texts: readonly string[],
): ParsedArticle | null {
  const probes = piecesOf(truth).map((piece) => Array.from(flat(piece)).slice(0, 8).join(''))
  let best: ParsedArticle | null = null
  let bestHits = 0
  parsed.forEach((article, index) => {
    const text = texts[index] ?? ''
    const hits = probes.filter((probe) => probe !== '' && text.includes(probe)).length
    if (hits > bestHits) {
      best = article
      bestHits = hits
    }
  })
  return best
}

/** The paragraph is the block, give or take what its article took into the byline: a dateline
 * opening it (`本报北京9月30日电（记者某某）`) or authors after its last sentence. */
function cameOutWhole(paragraph: string, block: string, byline: string): boolean {
  const at = paragraph.indexOf(block)
  if (block === '' || at < 0) return false
  const before = paragraph.slice(0, at)
  const after = paragraph.slice(at + block.length)
  return (before === '' || byline.includes(before)) && (after === '' || byline.includes(after))
}

function countChars(counts: Map<string, number>, text: string, sign: number): void {
  for (const char of flat(text)) counts.set(char, (counts.get(char) ?? 0) + sign)
}

export function scoreFile(file: GeneratedFile, outcome: ParseOutcome, into: Tally): void {
  const parsed = outcome.ok ? outcome.articles : []
  const texts = parsed.map((article) => flat(parsedPieces(article).join('')))
  const keys = new Map<string, number>()
  for (const article of parsed) {
    const key = sortedKey(parsedPieces(article).join(''))
    keys.set(key, (keys.get(key) ?? 0) + 1)
  }
  const headers = new Set(
    parsed
      .flatMap((article) => [article.kicker, article.title, article.subtitle])
      .map((text) => flat(text ?? '')),
  )
  let correctJoins = 0
  const counts = new Map<string, number>()
  for (const truth of file.articles) {
    into.articles++
    const key = sortedKey(piecesOf(truth).join(''))
    const left = keys.get(key) ?? 0
    if (left > 0) {
      into.split++
      keys.set(key, left - 1)
    }
    const match = align(truth, parsed, texts)
    if (same(match?.title ?? null, truth.title)) into.title++
    for (const field of ['kicker', 'subtitle'] as const) {
      if (truth[field] === null && (match?.[field] ?? null) === null) continue
      into[field][1]++
      if (same(match?.[field] ?? null, truth[field])) into[field][0]++
    }
    const blocks = new Set(match?.blocks.map((block) => flat(block.text)) ?? [])
    const body = match ? bodyText(match) : ''
    for (const subhead of truth.subheads) {
      into.subhead[1]++
      if (blocks.has(flat(subhead))) into.subhead[0]++
    }
    for (const credit of truth.credits) {
      into.credit[1]++
      if (body.includes(flat(credit)) && !headers.has(flat(credit))) into.credit[0]++
    }
    const signed = flat(match?.byline ?? '')
    for (const paragraph of truth.broken) {
      into.breaks[1]++
      if ([...blocks].some((block) => cameOutWhole(flat(paragraph), block, signed))) {
        into.breaks[0]++
        correctJoins++
      }
    }
    for (const piece of piecesOf(truth)) countChars(counts, piece, 1)
  }
  if (outcome.ok) into.breaks[1] += Math.max(0, outcome.joins - correctJoins)
  for (const article of parsed)
    for (const piece of parsedPieces(article)) countChars(counts, piece, -1)
  for (const meta of file.metaText) countChars(counts, meta, -1)
  for (const [, left] of counts) {
    if (left > 0) into.lost += left
  }
  for (const truth of file.articles) into.chars += flat(piecesOf(truth).join('')).length
}

const ratio = ([num, den]: [number, number]): string => (den === 0 ? '—' : (num / den).toFixed(3))

export function formatTally(tally: Tally): string {
  const n = Math.max(1, tally.articles)
  return [
    `split ${(tally.split / n).toFixed(3)}`,
    `title ${(tally.title / n).toFixed(3)}`,
    `kicker ${ratio(tally.kicker)}`,
    `subtitle ${ratio(tally.subtitle)}`,
    `subhead ${ratio(tally.subhead)}`,
    `credit ${ratio(tally.credit)}`,
    `breaks ${ratio(tally.breaks)}`,
    `lost ${String(tally.lost)}/${String(tally.chars)}`,
  ].join(' ')
}
