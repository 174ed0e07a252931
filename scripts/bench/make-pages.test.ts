// Generated pages (real news text in the reference layout) split back into the articles written
// into them, and every character lands in exactly one field.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseFile } from '../../src/core/import/pipeline'
import type { ParseSuccess } from '../../src/core/import/pipeline'
import { accountFor } from '../../src/core/import/testing/accounting'
import { countRecall, emptyCounts } from './import-recall'
import { makePages } from './make-pages'
import type { GeneratedPage } from './make-pages'
import { itemsByDay, loadNewsItems } from './news-items'

const DAYS = 60

let folder: string
let pages: GeneratedPage[]

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'make-pages-'))
  // Every 20th day across the four years: broadcasts of every kind, a quick test.
  const days = [...itemsByDay(loadNewsItems()).values()]
    .filter((_, index) => index % 20 === 0)
    .slice(0, DAYS)
  pages = await makePages(folder, days.flat())
})

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

async function parsePage(page: GeneratedPage): Promise<{ text: string; result: ParseSuccess }> {
  const bytes = await readFile(page.path)
  const result = parseFile({ path: page.path, bytes })
  if (!result.ok) throw new Error(`${page.path}: ${result.error.code}`)
  return { text: bytes.toString('utf8'), result }
}

describe('generated pages', () => {
  it('writes one page per day, dated by its file name', async () => {
    expect(pages).toHaveLength(DAYS)
    const { result } = await parsePage(pages[0] as GeneratedPage)
    expect(result.articles[0]?.date).toBe(pages[0]?.date)
  })

  it('split back into the articles written, with their headlines and text', async () => {
    const counts = emptyCounts()
    for (const page of pages)
      countRecall(page.items, (await parsePage(page)).result.articles, counts)
    expect(counts.titled / counts.written).toBeGreaterThan(0.99)
    expect(counts.exact / counts.written).toBeGreaterThan(0.98)
    expect(counts.titled / counts.found).toBeGreaterThan(0.99)
  })

  it('lose nothing: every character lands in exactly one field', async () => {
    for (const page of pages) {
      const { text, result } = await parsePage(page)
      expect(accountFor(text, result.articles), page.path).toEqual({ missing: '', extra: '' })
    }
  })
})
