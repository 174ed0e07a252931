// The corpus of `npm run bench:scale`: any number of distinct articles recombined from the
// bench-corpus items (deriveCorpus's paragraphs, each headline numbered so no two are alike),
// written as newspaper page files in the reference layout under `<paper>/<date>-<page>.txt`, so
// the importer reads paper, date and page from the path as it does for a real archive.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseFile } from '../../src/core/import/pipeline'
import { countRecall, emptyCounts } from './import-recall'
import { DERIVE_SEED, deriveCorpus } from './derive'
import type { NewsItem } from './news-items'
import { pageText } from './make-pages'

/** Papers the pages are spread over, so "grouped by paper" has groups (names end in 报). */
const PAPERS = ['人民日报', '光明日报', '经济日报'] as const
/** Articles on one page, and pages in one day's issue of a paper. */
const ARTICLES_PER_PAGE = 15
const PAGES_PER_ISSUE = 8

export interface ScalePage {
  path: string
  paper: string
  date: string
  page: number
  items: NewsItem[]
}

export interface ScaleCorpus {
  pages: ScalePage[]
  articles: number
  bytes: number
}

function isoDay(day: number): string {
  return new Date(Date.UTC(2016, 0, 1) + day * 86_400_000).toISOString().slice(0, 10)
}

/** Where the n-th page goes: issue by issue, paper by paper, day by day. */
function placeOf(n: number): { paper: string; date: string; page: number } {
  const page = (n % PAGES_PER_ISSUE) + 1
  const issue = Math.floor(n / PAGES_PER_ISSUE)
  const paper = PAPERS[issue % PAPERS.length] ?? PAPERS[0]
  return { paper, date: isoDay(Math.floor(issue / PAPERS.length)), page }
}

/** `count` articles as news items: derived text under a numbered headline of a source item. */
export function scaleItems(source: readonly NewsItem[], count: number): NewsItem[] {
  const docs = deriveCorpus(
    source.map((item) => ({ id: item.id, title: item.title, body: item.body, date: item.date })),
    count,
    DERIVE_SEED,
    { pageSafe: true },
  )
  return docs.map((doc, index) => ({
    id: doc.id,
    source: '',
    date: '',
    seq: index,
    title: `${doc.title ?? '无题'}（${String(index + 1)}）`,
    body: doc.body,
  }))
}

/** Writes the pages into `folder`; nothing else is written there. */
export async function writeScaleCorpus(
  folder: string,
  items: readonly NewsItem[],
): Promise<ScaleCorpus> {
  const pages: ScalePage[] = []
  let bytes = 0
  for (let start = 0, n = 0; start < items.length; start += ARTICLES_PER_PAGE, n++) {
    const place = placeOf(n)
    const dir = join(folder, place.paper)
    if (n < PAGES_PER_ISSUE * PAPERS.length) await mkdir(dir, { recursive: true })
    const path = join(dir, `${place.date}-${String(place.page).padStart(2, '0')}.txt`)
    const pageItems = items.slice(start, start + ARTICLES_PER_PAGE)
    const text = pageText(pageItems)
    await writeFile(path, text)
    bytes += Buffer.byteLength(text)
    pages.push({ path, ...place, items: pageItems })
  }
  return { pages, articles: items.length, bytes }
}

export interface SplitCheck {
  written: number
  /** Articles the importer's parser finds in the pages (the app must store as many). */
  found: number
  /** Written articles found with their exact headline and exact text. */
  exact: number
}

/** Splits every page with the app's own parser: the pages must give back what was written. */
export async function checkSplit(pages: readonly ScalePage[]): Promise<SplitCheck> {
  const counts = emptyCounts()
  for (const page of pages) {
    const result = parseFile({ path: page.path, bytes: await readFile(page.path) })
    countRecall(page.items, result.ok ? result.articles : [], counts)
  }
  return { written: counts.written, found: counts.found, exact: counts.exact }
}

/** Articles whose headline or text holds `phrase`: what an exact search must answer. */
export function countContaining(pages: readonly ScalePage[], phrase: string): number {
  let count = 0
  for (const page of pages)
    for (const item of page.items)
      if (item.title.includes(phrase) || item.body.includes(phrase)) count++
  return count
}

/** Articles dated within [from, to] (ISO days). */
export function countDated(pages: readonly ScalePage[], from: string, to: string): number {
  return pages
    .filter((page) => page.date >= from && page.date <= to)
    .reduce((sum, page) => sum + page.items.length, 0)
}
