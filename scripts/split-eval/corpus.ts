// The bench corpus as the page generator needs it: People's Daily articles with their true
// kicker, headline and subtitle, grouped into their real pages, and Xinwen Lianbo items grouped by
// day. Months are split into training and held-out sets so the splitter is scored on text it
// never learned from. Read from ../shared at run time; nothing is copied into the repository.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface SourceItem {
  source: 'rmrb' | 'xwlb'
  date: string
  page: number
  kicker: string
  title: string
  subtitle: string
  paragraphs: string[]
}

export interface SourcePage {
  source: SourceItem['source']
  date: string
  page: number
  items: SourceItem[]
}

export const corpusFolder = fileURLToPath(new URL('../../../shared/bench-corpus/', import.meta.url))

export interface Split {
  rmrbMonths: readonly string[]
  xwlbYears: readonly string[]
}

/** Trained and tuned on these… */
export const trainingSplit: Split = {
  rmrbMonths: ['2019-02', '2019-10'],
  xwlbYears: ['2022', '2023', '2024'],
}
/** The training months parted for tuning: fit on `fitSplit`, score on `validationSplit`, so
 * choices are made without looking at the held-out months. */
export const fitSplit: Split = { rmrbMonths: ['2019-02'], xwlbYears: ['2022', '2023'] }
export const validationSplit: Split = { rmrbMonths: ['2019-10'], xwlbYears: ['2024'] }
/** …and scored on these. */
export const heldOutSplit: Split = {
  rmrbMonths: ['2020-01', '2020-02'],
  xwlbYears: ['2025', '2026'],
}

interface CorpusLine {
  date: string
  page?: number
  kicker?: string
  title: string
  subtitle?: string
  body: string
}

function readLines(path: string): CorpusLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusLine)
}

function toItem(source: SourceItem['source'], line: CorpusLine): SourceItem {
  return {
    source,
    date: line.date,
    page: line.page ?? 1,
    kicker: line.kicker ?? '',
    title: line.title,
    subtitle: line.subtitle ?? '',
    paragraphs: line.body.split('\n').filter((paragraph) => paragraph.trim() !== ''),
  }
}

function groupPages(items: readonly SourceItem[], perPage: number): SourcePage[] {
  const pages = new Map<string, SourcePage>()
  for (const item of items) {
    const key = `${item.date}/${String(item.page)}`
    let page = pages.get(key)
    if (!page) {
      page = { source: item.source, date: item.date, page: item.page, items: [] }
      pages.set(key, page)
    }
    page.items.push(item)
  }
  // Broadcast days are long: cut them into pages of a newspaper's size.
  const out: SourcePage[] = []
  for (const page of pages.values()) {
    for (let i = 0; i < page.items.length; i += perPage) {
      out.push({ ...page, page: page.page + i / perPage, items: page.items.slice(i, i + perPage) })
    }
  }
  return out
}

/** The pages of a split: People's Daily as printed, Xinwen Lianbo eight items to a page. */
export function loadPages(split: Split, folder = corpusFolder): SourcePage[] {
  const rmrb = split.rmrbMonths.flatMap((month) =>
    readLines(join(folder, 'people-daily', `rmrb-${month}.jsonl`)).map((line) =>
      toItem('rmrb', line),
    ),
  )
  const xwlb = split.xwlbYears.flatMap((year) =>
    readLines(join(folder, `xwlb-${year}.jsonl`)).map((line) => toItem('xwlb', line)),
  )
  return [...groupPages(rmrb, 100), ...groupPages(xwlb, 8)]
}
