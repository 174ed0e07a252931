// The benchmark's browser side, bundled with esbuild and run in Chromium: the app's search core
// (the same modules the renderer's worker imports), a brute-force scan and MiniSearch, driven
// step by step from scripts/bench-search.ts through `globalThis.bench`.
import MiniSearch from 'minisearch'
import type { SearchDoc } from '../../src/core/search/doc'
import { SearchEngine } from '../../src/core/search/engine'
import { forEachGram, queryGrams } from '../../src/core/search/grams'
import { markedPhrases, resultMarks } from '../../src/core/search/highlight'
import { normalize } from '../../src/core/search/normalize'
import { parseQuery } from '../../src/core/search/query/parse'
import {
  exportIndex,
  loadShard,
  MANIFEST_KEY,
  openIndex,
  type PersistedChunk,
} from '../../src/core/search/persist'
import { deriveCorpus, toSearchDoc, type CorpusLine } from './derive'
import { openChunks, readChunk, readChunks, writeChunks } from './idb'

export interface QueryTiming {
  firstMs: number
  allMs: number
  bruteMs: number
  truth: number
  found: number
  correct: number
  /** First page ids that are not true matches. */
  firstWrong: number
  firstCount: number
}

export interface MiniTiming {
  ms: number
  candidates: number
  correct: number
  truth: number
}

let engine: SearchEngine | null = null
let docs: SearchDoc[] = []

async function fetchCorpus(corpus: string): Promise<SearchDoc[]> {
  const source: SearchDoc[] = []
  const files = (await (await fetch('/corpus/files.json')).json()) as string[]
  for (const file of files) {
    const text = await (await fetch(`/corpus/${file}`)).text()
    for (const line of text.split('\n'))
      if (line.trim() !== '') source.push(toSearchDoc(JSON.parse(line) as CorpusLine, file))
  }
  const derived = /^derived-(\d+)$/.exec(corpus)
  return derived ? deriveCorpus(source, Number(derived[1])) : source
}

function currentEngine(): SearchEngine {
  if (!engine) throw new Error('no engine')
  return engine
}

/** Every live normalised text with its id: what brute force scans. */
function liveTexts(): { ids: string[]; texts: string[] } {
  const ids: string[] = []
  const texts: string[] = []
  for (const shard of currentEngine().shards) {
    for (let i = 0; i < shard.count; i++) {
      if (shard.alive[i] !== 1) continue
      ids.push(shard.ids[i] ?? '')
      texts.push(shard.texts[i] ?? '')
    }
  }
  return { ids, texts }
}

const api = {
  async build(corpus: string): Promise<{ docs: number; chars: number; buildMs: number }> {
    docs = await fetchCorpus(corpus)
    const started = performance.now()
    engine = new SearchEngine()
    engine.addMany(docs)
    engine.flush()
    const buildMs = performance.now() - started
    let chars = 0
    for (const doc of docs) chars += doc.body.length + (doc.title?.length ?? 0)
    return { docs: docs.length, chars, buildMs }
  },

  dropCorpus(): void {
    docs = []
  },

  run(queries: string[]): QueryTiming[] {
    const search = currentEngine()
    const { ids, texts } = liveTexts()
    return queries.map((query) => {
      const quoted = `"${query}"`
      const first = search.search(quoted, { limit: 100, firstPage: true })
      const all = search.search(quoted)
      const phrase = normalize(query)
      const started = performance.now()
      const truth = new Set<string>()
      for (let i = 0; i < texts.length; i++) if (texts[i]?.includes(phrase)) truth.add(ids[i] ?? '')
      const bruteMs = performance.now() - started
      if (!first.ok || !all.ok) throw new Error(`query failed: ${query}`)
      return {
        firstMs: first.ms,
        allMs: all.ms,
        bruteMs,
        truth: truth.size,
        found: all.ids.length,
        correct: all.ids.filter((id) => truth.has(id)).length,
        firstWrong: first.ids.filter((id) => !truth.has(id)).length,
        firstCount: first.ids.length,
      }
    })
  },

  /**
   * What the search worker adds to a first page: the marks of its rows (headline ranges and a
   * snippet of the original body), from articles held in memory here; the worker also reads
   * them from IndexedDB. After the timed queries, since the originals take memory.
   */
  async marks(corpus: string, queries: string[], rows: number): Promise<number[]> {
    const originals = new Map((await fetchCorpus(corpus)).map((doc) => [doc.id, doc]))
    const search = currentEngine()
    return queries.map((query) => {
      const parsed = parseQuery(`"${query}"`)
      if (!parsed.ok) throw new Error(`query failed: ${query}`)
      const first = search.searchParsed(parsed.query, { limit: rows, firstPage: true })
      const started = performance.now()
      const phrases = markedPhrases(parsed.query)
      for (const id of first.ids) {
        const doc = originals.get(id)
        if (doc) resultMarks(doc, phrases)
      }
      return performance.now() - started
    })
  },

  miniSearch(queries: string[]): { buildMs: number; timings: MiniTiming[] } {
    const { texts } = liveTexts()
    const gramText = (key: number): string =>
      key < 0x200000
        ? String.fromCodePoint(key)
        : String.fromCodePoint(Math.floor(key / 0x200000), key % 0x200000)
    const docTokens = (text: string): string[] => {
      const out: string[] = []
      forEachGram(text, (key) => out.push(gramText(key)))
      return out
    }
    const queryTokens = (text: string): string[] => queryGrams(text).keys.map(gramText)
    const started = performance.now()
    const mini = new MiniSearch<{ id: number; text: string }>({
      fields: ['text'],
      tokenize: docTokens,
      processTerm: (term) => term,
      searchOptions: { tokenize: queryTokens, processTerm: (term) => term, combineWith: 'AND' },
    })
    mini.addAll(texts.map((text, id) => ({ id, text })))
    const buildMs = performance.now() - started
    const timings = queries.map((query) => {
      const phrase = normalize(query)
      const t0 = performance.now()
      const hits = mini.search(phrase)
      const verified = hits.filter((hit) => texts[hit.id as number]?.includes(phrase))
      const ms = performance.now() - t0
      let truth = 0
      for (const text of texts) if (text.includes(phrase)) truth += 1
      return { ms, candidates: hits.length, correct: verified.length, truth }
    })
    return { buildMs, timings }
  },

  async save(): Promise<{ ms: number; bytes: number; chunks: number; largest: number }> {
    const started = performance.now()
    const plan = exportIndex(currentEngine(), { all: true })
    const db = await openChunks('bench-search')
    await writeChunks(db, plan.put, true)
    db.close()
    const sizes = plan.put.map((chunk) =>
      typeof chunk.data === 'string' ? chunk.data.length : chunk.data.byteLength,
    )
    return {
      ms: performance.now() - started,
      bytes: sizes.reduce((a, b) => a + b, 0),
      chunks: sizes.length,
      largest: Math.max(...sizes),
    }
  },

  /** As the app at start: read the manifest, then shard by shard, newest first. */
  async load(): Promise<{
    firstSearchableAt: number
    allLoadedAt: number
    loadMs: number
    shards: number
  }> {
    const started = performance.now()
    const db = await openChunks('bench-search')
    const plan = openIndex(
      (await readChunk(db, MANIFEST_KEY)) as PersistedChunk['data'] | undefined,
    )
    if (!plan.ok) throw new Error(plan.reason)
    let firstSearchableAt = 0
    for (const shard of plan.shards) {
      const parts = (await readChunks(db, shard.keys)) as (PersistedChunk['data'] | undefined)[]
      const loaded = await loadShard(plan.engine, shard.name, parts)
      if (!loaded.ok) throw new Error(loaded.reason)
      if (firstSearchableAt === 0) firstSearchableAt = performance.now()
    }
    db.close()
    engine = plan.engine
    return {
      firstSearchableAt,
      allLoadedAt: performance.now(),
      loadMs: performance.now() - started,
      shards: plan.shards.length,
    }
  },
}

export type BenchApi = typeof api
;(globalThis as unknown as { bench: BenchApi }).bench = api
