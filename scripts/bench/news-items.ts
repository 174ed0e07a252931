// The benchmark corpus (../shared/bench-corpus) as news items with their broadcast day: 19,539
// CCTV news items in JSON Lines. Read at run time only; never copied into the repository.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface NewsItem {
  id: string
  source: string
  date: string
  seq: number
  title: string
  body: string
}

export const newsCorpusFolder = fileURLToPath(
  new URL('../../../shared/bench-corpus/', import.meta.url),
)

export function loadNewsItems(folder = newsCorpusFolder): NewsItem[] {
  const items: NewsItem[] = []
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(folder, name), 'utf8').split('\n')) {
      if (line.trim() !== '') items.push(JSON.parse(line) as NewsItem)
    }
  }
  return items
}

/** Items grouped by broadcast date, in date order, each day in broadcast order. */
export function itemsByDay(items: readonly NewsItem[]): Map<string, NewsItem[]> {
  const days = new Map<string, NewsItem[]>()
  for (const item of [...items].sort((a, b) => a.date.localeCompare(b.date) || a.seq - b.seq)) {
    const day = days.get(item.date) ?? []
    day.push(item)
    days.set(item.date, day)
  }
  return days
}
