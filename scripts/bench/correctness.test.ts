// The engine against a brute-force scan on real text: a sample of ../shared/bench-corpus, read
// at test time (never copied into the repository).
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { searchText } from '../../src/core/search/doc'
import { SearchEngine } from '../../src/core/search/engine'
import { normalize } from '../../src/core/search/normalize'
import { exportIndex } from '../../src/core/search/persist'
import { loadStored, openStored } from '../../src/core/search/testing/stored-index'
import { readCorpus } from './corpus'
import { drawQueries } from './queries'

const CORPUS = new URL('../../../shared/bench-corpus/xwlb-2024.jsonl', import.meta.url).pathname

describe('search on real text', () => {
  it('finds the bench corpus (../shared/bench-corpus must be present)', () => {
    expect(existsSync(CORPUS)).toBe(true)
  })

  const sample = readCorpus(CORPUS).filter((_, i) => i % 3 === 0)
  const texts = sample.map((doc) => searchText(doc).text)
  const queries = drawQueries(sample, 120)
  const engine = new SearchEngine({ shardSize: 500 })
  engine.addMany(sample)

  const scan = (query: string): string[] => {
    const phrase = normalize(query)
    return sample.filter((_, i) => texts[i]?.includes(phrase)).map((doc) => doc.id)
  }

  it('returns exactly the documents a full scan finds, for every drawn query', () => {
    expect(queries.filter((q) => q.kind === 'mixed').length).toBeGreaterThan(100)
    const wrong = queries.filter(({ text }) => {
      const result = engine.search(`"${text}"`)
      return !result.ok || [...result.ids].sort().join() !== scan(text).sort().join()
    })
    expect(wrong).toEqual([])
  })

  it('answers the same after a persistence round trip', async () => {
    const store = new Map(exportIndex(engine).put.map((c) => [c.key, c.data]))
    const plan = openStored(store)
    await loadStored(plan, store)
    for (const { text } of queries.slice(0, 60)) {
      expect(plan.engine.search(`"${text}"`)).toMatchObject({
        ids: (engine.search(`"${text}"`) as { ids: string[] }).ids,
      })
    }
  })

  it('ranks by headline hit, then occurrences, then date', () => {
    const result = engine.search('发展')
    if (!result.ok) throw new Error(result.error.code)
    const byId = new Map(sample.map((doc, i) => [doc.id, { doc, text: texts[i] ?? '' }]))
    const keys = result.ids.map((id) => {
      const entry = byId.get(id)
      const headline = normalize(entry?.doc.title ?? '').includes('发展') ? 1 : 0
      const count = (entry?.text ?? '').split('发展').length - 1
      return [headline, count, entry?.doc.date ?? '']
    })
    for (let i = 1; i < keys.length; i++) {
      const [h0, c0, d0] = keys[i - 1] as [number, number, string]
      const [h1, c1, d1] = keys[i] as [number, number, string]
      expect(h0 > h1 || (h0 === h1 && (c0 > c1 || (c0 === c1 && d0 >= d1)))).toBe(true)
    }
  })
})
