// The search engine's live segments (FlexSearch) against a brute-force scan on real text: a
// sample of ../shared/bench-corpus, read at test time. Documents are sealed, then more are
// added, edited and removed in the live segment; results must equal the scan before sealing,
// after it and after a persistence round trip, in the same order with the same counts.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { searchText, type SearchDoc } from '../../src/core/search/doc'
import { SearchEngine } from '../../src/core/search/engine'
import { normalize } from '../../src/core/search/normalize'
import { exportIndex } from '../../src/core/search/persist'
import { loadStored, openStored } from '../../src/core/search/testing/stored-index'
import { readCorpus } from './corpus'
import { drawQueries } from './queries'

const CORPUS = new URL('../../../shared/bench-corpus/xwlb-2023.jsonl', import.meta.url).pathname

describe('live segments on real text', () => {
  it('finds the bench corpus (../shared/bench-corpus must be present)', () => {
    expect(existsSync(CORPUS)).toBe(true)
  })

  const sample = readCorpus(CORPUS).filter((_, i) => i % 3 === 1)
  const sealedCount = sample.length - 450
  const engine = new SearchEngine()
  const current = new Map<string, SearchDoc>()
  const put = (doc: SearchDoc): void => {
    engine.add(doc)
    current.set(doc.id, doc)
  }
  for (const doc of sample.slice(0, sealedCount)) put(doc)
  engine.flush() // more than the live limit at once: sealed
  for (const doc of sample.slice(sealedCount)) put(doc)
  // Edits: a live document gets another's text, a sealed one too (it moves to the live
  // segment); then removals of live and sealed documents.
  for (let i = 0; i < 40; i++) {
    const target = sample[sealedCount + i * 10] ?? sample[0]
    const source = sample[i * 37]
    if (target && source) put({ ...target, title: source.title, body: source.body })
  }
  for (let i = 0; i < 20; i++) {
    const target = sample[i * 53 + 1]
    if (target) put({ ...target, body: `${target.body}\n补充报道：习近平 总书记强调。` })
  }
  for (let i = 0; i < 30; i++) {
    const id = sample[sealedCount + 5 + i * 13]?.id ?? sample[i * 71 + 2]?.id ?? ''
    if (engine.remove(id)) current.delete(id)
    const sealed = sample[i * 71 + 2]?.id ?? ''
    if (engine.remove(sealed)) current.delete(sealed)
  }
  const queries = [...drawQueries(sample, 80).map((q) => q.text), '习近平总书记强调', '补充报道']
  const texts = new Map([...current.values()].map((doc) => [doc.id, searchText(doc).text]))
  const scan = (query: string): string[] => {
    const phrase = normalize(query)
    return [...texts].filter(([, text]) => text.includes(phrase)).map(([id]) => id)
  }
  const answers = (searched: SearchEngine): unknown[] =>
    queries.map((text) => {
      const result = searched.search(`"${text}"`)
      if (!result.ok) throw new Error(result.error.code)
      return [text, result.ids, result.total]
    })
  const wrong = (searched: SearchEngine): string[] =>
    queries.filter((text) => {
      const result = searched.search(`"${text}"`)
      return !result.ok || [...result.ids].sort().join() !== scan(text).sort().join()
    })

  it('keeps the recent documents in a live FlexSearch segment', () => {
    engine.flush()
    const [shard] = engine.shards
    expect(engine.shards).toHaveLength(1)
    expect(shard?.sealedEnd).toBe(sealedCount)
    expect(shard?.segment?.size).toBeGreaterThan(400)
    expect(engine.size).toBe(current.size)
  })

  it('returns exactly what a scan finds, identically before and after sealing and a round trip', async () => {
    expect(wrong(engine)).toEqual([])
    const live = answers(engine)
    const store = new Map(exportIndex(engine).put.map((c) => [c.key, c.data]))
    expect(engine.shards[0]?.segment).toBeNull()
    expect(answers(engine)).toEqual(live)
    const plan = openStored(store)
    await loadStored(plan, store)
    expect(answers(plan.engine)).toEqual(live)
    expect(wrong(plan.engine)).toEqual([])
  })
})
