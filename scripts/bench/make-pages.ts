// Turns corpus items into newspaper page files in the reference page's layout: one page per day,
// each article a headline line, a blank line, then its paragraphs separated by blank lines.
// Shared by the Node half (parse throughput) and the Chromium half (storage and search) of
// `npm run bench:import`.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { NewsItem } from './news-items'
import { itemsByDay } from './news-items'

export interface GeneratedPage {
  path: string
  date: string
  items: NewsItem[]
  bytes: number
}

/** The paragraphs of an item as the corpus stores them (one per line). */
export function paragraphsOf(item: NewsItem): string[] {
  return item.body.split('\n').filter((paragraph) => paragraph.trim() !== '')
}

export function pageText(items: readonly NewsItem[]): string {
  const parts = ['', '']
  for (const item of items) {
    parts.push(item.title, '')
    for (const paragraph of paragraphsOf(item)) parts.push(paragraph, '')
  }
  return parts.join('\n')
}

/** Writes `<folder>/YYYY-MM-DD.txt` for every day (the date is read back from the file name). */
export async function makePages(
  folder: string,
  items: readonly NewsItem[],
): Promise<GeneratedPage[]> {
  await mkdir(folder, { recursive: true })
  const pages: GeneratedPage[] = []
  for (const [date, dayItems] of itemsByDay(items)) {
    const path = join(folder, `${date}.txt`)
    const text = pageText(dayItems)
    await writeFile(path, text)
    pages.push({ path, date, items: dayItems, bytes: Buffer.byteLength(text) })
  }
  return pages
}
