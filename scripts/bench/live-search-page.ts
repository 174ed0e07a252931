// The benchmark page (./page) plus what the live segments cost: in a fresh page, the stored
// index is loaded, then documents are added, edited and removed one at a time (each lands in
// a shard's FlexSearch live segment), queries are timed with and without them and checked
// against a scan, and the segment is sealed by an export. Driven through `globalThis.benchLive`.
import './page'
import type { SearchDoc } from '../../src/core/search/doc'
import type { SearchEngine } from '../../src/core/search/engine'
import { normalize } from '../../src/core/search/normalize'
import {
  exportIndex,
  loadShard,
  MANIFEST_KEY,
  openIndex,
  type PersistedChunk,
} from '../../src/core/search/persist'
import { openChunks, readChunk, readChunks } from './idb'

export interface LiveQueryTiming {
  firstMs: number
  allMs: number
  /** Every result was a true match and every true match was found (against a scan). */
  exact: boolean
  /** Hits among the live documents. */
  liveHits: number
}

export interface LiveStep {
  /** Per document: engine call plus sync (what makes it searchable), ms. */
  ms: number[]
}

let engine: SearchEngine | null = null
const added: string[] = []

function current(): SearchEngine {
  if (!engine) throw new Error('no engine')
  return engine
}

/** Normalised texts of the live documents, by id. */
function liveTexts(): Map<string, string> {
  const texts = new Map<string, string>()
  for (const shard of current().shards) {
    for (let i = 0; i < shard.count; i++)
      if (shard.alive[i] === 1) texts.set(shard.ids[i] ?? '', shard.texts[i] ?? '')
  }
  return texts
}

/** A new document with the text of an indexed one (as stored: normalisation is idempotent). */
function copyOf(seed: number, id: string): SearchDoc {
  const shards = current().shards
  const shard = shards[seed % shards.length]
  if (!shard) throw new Error('no shard')
  const index = Math.floor(seed / shards.length) % shard.count
  const text = shard.texts[index] ?? ''
  const headlineEnd = shard.headlineEnds[index] ?? 0
  return {
    id,
    title: text.slice(0, headlineEnd),
    body: text.slice(headlineEnd + 1),
    date: '2030-01-01',
    tags: ['实时'],
  }
}

const timed = (action: () => void): number => {
  const started = performance.now()
  action()
  return performance.now() - started
}

const api = {
  async load(): Promise<{ docs: number }> {
    const db = await openChunks('bench-search')
    const plan = openIndex(
      (await readChunk(db, MANIFEST_KEY)) as PersistedChunk['data'] | undefined,
    )
    if (!plan.ok) throw new Error(plan.reason)
    for (const shard of plan.shards) {
      const parts = (await readChunks(db, shard.keys)) as (PersistedChunk['data'] | undefined)[]
      const loaded = await loadShard(plan.engine, shard.name, parts)
      if (!loaded.ok) throw new Error(loaded.reason)
    }
    db.close()
    engine = plan.engine
    return { docs: engine.size }
  },

  /** Times queries (first page and all results) and checks all results against a scan. */
  run(queries: string[]): LiveQueryTiming[] {
    const search = current()
    const texts = liveTexts()
    const live = new Set(added)
    return queries.map((query) => {
      const quoted = `"${query}"`
      const first = search.search(quoted, { limit: 100, firstPage: true })
      const all = search.search(quoted)
      if (!first.ok || !all.ok) throw new Error(`query failed: ${query}`)
      const phrase = normalize(query)
      let truth = 0
      for (const text of texts.values()) if (text.includes(phrase)) truth += 1
      const exact =
        all.ids.length === truth && all.ids.every((id) => texts.get(id)?.includes(phrase) === true)
      return {
        firstMs: first.ms,
        allMs: all.ms,
        exact,
        liveHits: all.ids.filter((id) => live.has(id)).length,
      }
    })
  },

  /** Adds documents one at a time, each searchable before the next. */
  add(count: number): LiveStep {
    const search = current()
    const ms: number[] = []
    for (let i = 0; i < count; i++) {
      const id = `live-${String(added.length)}`
      const doc = copyOf(7919 * (added.length + 1), id)
      added.push(id)
      ms.push(
        timed(() => {
          search.add(doc)
          search.flush()
        }),
      )
    }
    return { ms }
  },

  /** Gives live documents the text of other documents. */
  edit(count: number): LiveStep {
    const search = current()
    const ms: number[] = []
    for (let i = 0; i < count; i++) {
      const id = added[(i * 5) % added.length] ?? ''
      const doc = copyOf(104_729 * (i + 1), id)
      ms.push(
        timed(() => {
          search.update(doc)
          search.flush()
        }),
      )
    }
    return { ms }
  },

  remove(count: number): LiveStep {
    const search = current()
    const ms: number[] = []
    for (let i = 0; i < count; i++) {
      const id = added.pop() ?? ''
      ms.push(
        timed(() => {
          search.remove(id)
        }),
      )
    }
    return { ms }
  },

  /** Documents in live segments, and in how many shards. */
  segments(): { docs: number; shards: number } {
    const sizes = current().shards.map((shard) => shard.segment?.size ?? 0)
    return { docs: sizes.reduce((a, b) => a + b, 0), shards: sizes.filter((n) => n > 0).length }
  },

  /** An export of the changed shards, as the app saves: seals the live segments first. */
  seal(): { ms: number; sealMs: number } {
    const search = current()
    const sealMs = timed(() => {
      for (const shard of search.shards) shard.seal()
    })
    const started = performance.now()
    exportIndex(search)
    return { ms: performance.now() - started + sealMs, sealMs }
  },
}

export type BenchLiveApi = typeof api
;(globalThis as unknown as { benchLive: BenchLiveApi }).benchLive = api
