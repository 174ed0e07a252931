// The search engine: documents in shards of a fixed size, searched newest shard first.
// `search` returns every match ranked with an exact count, or with `firstPage` only enough
// shards to fill the page. Persistence (./persist) writes each shard as bounded binary chunks.
import { dateNumber, searchText, type SearchDoc } from './doc'
import { facetCounts, type Facets } from './facets'
import { matchShard } from './match'
import { parseQuery } from './query/parse'
import type { QueryError, QueryNode } from './query/types'
import { rankOrder, sortKey, type SortOrder } from './rank'
import { MAX_SHARD_CAPACITY, Shard, type IndexedDoc } from './shard'

export interface EngineOptions {
  /** Documents per shard (at most 65,536). */
  shardSize?: number
}

export interface SearchOptions {
  /** Return at most this many ids (the count stays exact unless `firstPage`). */
  limit?: number
  sort?: SortOrder
  /** Stop after the newest shards that fill `limit`: fast, but `total` is then a lower bound. */
  firstPage?: boolean
  /** Also count facets over every hit found (not only the `limit` returned). */
  facets?: boolean
}

export interface SearchResult {
  ok: true
  /** Matching ids, best first. */
  ids: string[]
  /** Number of matches: exact when `complete`, otherwise a lower bound. */
  total: number
  /** Every shard was searched (and every stored shard is loaded). */
  complete: boolean
  /** One handle per id for `facets()`, valid until the index next changes. */
  refs: Uint32Array
  /** With `facets: true`: counts over every hit found. */
  facets?: Facets
  /** Time spent in the engine. */
  ms: number
}

export type SearchOutcome = SearchResult | { ok: false; error: QueryError; ms: number }

export const DEFAULT_SHARD_SIZE = 8192
const REF_SHIFT = 0x10000

function indexedDoc(doc: SearchDoc): IndexedDoc {
  const { text, headlineEnd } = searchText(doc)
  return {
    id: doc.id,
    text,
    headlineEnd,
    date: dateNumber(doc.date),
    page: typeof doc.page === 'number' && Number.isFinite(doc.page) ? doc.page : -1,
    tags: doc.tags ?? [],
    authors: doc.authors ?? [],
    paper: doc.paper ?? null,
    section: doc.section ?? null,
    version: doc.version ?? 0,
  }
}

/** Hits of one search; one instance is reused so large searches allocate little. */
class HitBuffer {
  refs = new Uint32Array(1024)
  keys = new Float64Array(1024)
  length = 0

  reset(): this {
    this.length = 0
    return this
  }

  push(ref: number, key: number): void {
    if (this.length === this.refs.length) {
      const refs = new Uint32Array(this.length * 2)
      refs.set(this.refs)
      this.refs = refs
      const keys = new Float64Array(this.length * 2)
      keys.set(this.keys)
      this.keys = keys
    }
    this.refs[this.length] = ref
    this.keys[this.length] = key
    this.length += 1
  }
}

export class SearchEngine {
  readonly shardSize: number
  /** In creation order; a shard's position is part of its hit handles. */
  readonly shards: Shard[] = []
  private readonly shardOf = new Map<string, Shard>()
  private searchOrder: Shard[] | null = null
  private nextShardNumber = 0
  private readonly hits = new HitBuffer()
  /** The shard created last for appends. */
  private appendTarget: Shard | null = null
  /** Names of stored shards not loaded yet (see persist). */
  readonly unloaded = new Set<string>()
  /** Shards dropped since the last export (name → their stored keys), whose records must go. */
  readonly dropped = new Map<string, string[]>()
  /** Ids removed while stored shards were still loading (see attach). */
  private readonly removedWhileLoading = new Set<string>()
  /** @internal Stored record keys per shard name, kept by persist. */
  readonly storedKeys = new Map<string, string[]>()

  constructor(options: EngineOptions = {}) {
    const size = Math.floor(options.shardSize ?? DEFAULT_SHARD_SIZE)
    if (!(size >= 1 && size <= MAX_SHARD_CAPACITY)) throw new RangeError(`shardSize ${size}`)
    this.shardSize = size
  }

  get size(): number {
    let total = 0
    for (const shard of this.shards) total += shard.liveCount
    return total
  }

  has(id: string): boolean {
    return this.shardOf.has(id)
  }

  /** The version an article was indexed at (SearchDoc.version); undefined when not indexed. */
  versionOf(id: string): number | undefined {
    const shard = this.shardOf.get(id)
    const index = shard?.docOf.get(id)
    return index === undefined ? undefined : shard?.versions[index]
  }

  /** Every indexed id. */
  ids(): IterableIterator<string> {
    return this.shardOf.keys()
  }

  /** Adds a document, or replaces the one with the same id. */
  add(doc: SearchDoc): void {
    const indexed = indexedDoc(doc)
    const current = this.shardOf.get(doc.id)
    if (current) {
      const index = current.docOf.get(doc.id) ?? -1
      if (
        current.texts[index] === indexed.text &&
        current.headlineEnds[index] === indexed.headlineEnd
      ) {
        current.updateFields(index, indexed) // tags, dates…: no index change
        this.searchOrder = null
        return
      }
      // Not sealed yet: re-indexed in place (an update in the live segment).
      if (current.replace(index, indexed)) {
        this.searchOrder = null
        return
      }
      this.remove(doc.id)
    }
    this.appendIndexed(indexed)
  }

  /** New tags and version of an indexed document, its text unchanged (a tagging); false when
   * it is not indexed, for the caller to add it whole. */
  retag(id: string, tags: readonly string[], version: number): boolean {
    const shard = this.shardOf.get(id)
    const index = shard?.docOf.get(id)
    if (shard === undefined || index === undefined) return false
    shard.retag(index, tags, version)
    return true
  }

  update(doc: SearchDoc): void {
    this.add(doc)
  }

  addMany(docs: Iterable<SearchDoc>): void {
    for (const doc of docs) this.add(doc)
  }

  /** Indexes everything added so far now, instead of on the next search. */
  flush(): void {
    for (const shard of this.shards) shard.sync()
  }

  remove(id: string): boolean {
    const shard = this.shardOf.get(id)
    if (!shard) {
      // It may sit in a stored shard not loaded yet: drop it there when that shard arrives.
      if (this.unloaded.size > 0) this.removedWhileLoading.add(id)
      return false
    }
    shard.remove(shard.docOf.get(id) ?? -1)
    this.shardOf.delete(id)
    this.searchOrder = null
    if (shard.isFull && shard.deadCount * 4 > shard.capacity) this.compact(shard)
    return true
  }

  /**
   * @internal Used by persist to attach a loaded shard. Articles removed, or added again with
   * new text, while it was loading are newer than what it stored: its copies of them are dead.
   */
  attach(shard: Shard): void {
    this.shards.push(shard)
    for (const [id, doc] of shard.docOf) {
      if (this.removedWhileLoading.has(id) || this.shardOf.has(id)) shard.remove(doc)
      else this.shardOf.set(id, shard)
    }
    this.unloaded.delete(shard.name)
    if (this.unloaded.size === 0) this.removedWhileLoading.clear()
    this.searchOrder = null
  }

  /** @internal A fresh shard name, never reused. */
  newShardName(): string {
    return `s${String(this.nextShardNumber++)}`
  }

  /** @internal */
  reserveShardNames(next: number): void {
    this.nextShardNumber = Math.max(this.nextShardNumber, next)
  }

  /** @internal */
  get shardNameCounter(): number {
    return this.nextShardNumber
  }

  private appendIndexed(doc: IndexedDoc): void {
    // While stored shards are still loading, documents go to a shard of their own (the last
    // shard is a loaded one, and which is newest is not known yet), but all to the same one.
    let shard = this.unloaded.size > 0 ? this.appendTarget : this.shards.at(-1)
    if (!shard || shard.isFull || !this.shards.includes(shard)) {
      shard = new Shard(this.newShardName(), this.shardSize)
      this.shards.push(shard)
      this.appendTarget = shard
    }
    shard.append(doc)
    this.shardOf.set(doc.id, shard)
    this.searchOrder = null
    // A full shard is sealed now, while the documents stream in.
    if (shard.isFull) shard.seal()
  }

  /** Rewrites a shard without its dead documents. */
  private compact(shard: Shard): void {
    const fresh = new Shard(this.newShardName(), shard.capacity)
    for (let i = 0; i < shard.count; i++) {
      if (shard.alive[i] !== 1) continue
      const doc = shard.indexedDoc(i)
      fresh.append(doc)
      this.shardOf.set(doc.id, fresh)
    }
    fresh.seal()
    this.shards[this.shards.indexOf(shard)] = fresh
    this.dropped.set(shard.name, this.storedKeys.get(shard.name) ?? [])
  }

  /** Shards with the newest documents first. */
  private orderedShards(): Shard[] {
    if (!this.searchOrder) {
      const newest = new Map(this.shards.map((shard) => [shard, shard.newestDate()]))
      this.searchOrder = [...this.shards].sort(
        (a, b) => (newest.get(b) ?? 0) - (newest.get(a) ?? 0),
      )
    }
    return this.searchOrder
  }

  search(query: string, options: SearchOptions = {}): SearchOutcome {
    const started = performance.now()
    const parsed = parseQuery(query)
    if (!parsed.ok) return { ok: false, error: parsed.error, ms: performance.now() - started }
    return this.searchParsed(parsed.query, options, started)
  }

  searchParsed(
    query: QueryNode,
    options: SearchOptions = {},
    started = performance.now(),
  ): SearchResult {
    const sort = options.sort ?? 'relevance'
    const limit = options.limit ?? Infinity
    const hits = this.hits.reset()
    const shards = this.orderedShards()
    let searched = 0
    const empty = query.kind === 'and' && query.children.length === 0
    for (const shard of empty ? [] : shards) {
      const base = this.shards.indexOf(shard) * REF_SHIFT
      matchShard(shard, query, (doc, score) => {
        hits.push(base + doc, sortKey(sort, score, shard.days[doc] ?? 0))
      })
      searched += 1
      if (options.firstPage && hits.length >= limit) break
    }
    const order = rankOrder(hits.keys.subarray(0, hits.length))
    const shown = Math.min(order.length, limit)
    const refs = new Uint32Array(shown)
    const ids: string[] = new Array<string>(shown)
    for (let i = 0; i < shown; i++) {
      const ref = hits.refs[order[i] ?? 0] ?? 0
      refs[i] = ref
      ids[i] = this.idOf(ref)
    }
    const complete = (empty || searched === shards.length) && this.unloaded.size === 0
    const result: SearchResult = { ok: true, ids, total: hits.length, complete, refs, ms: 0 }
    if (options.facets) result.facets = this.facets(hits.refs.subarray(0, hits.length))
    result.ms = performance.now() - started
    return result
  }

  /** The id behind a hit handle. */
  idOf(ref: number): string {
    const shard = this.shards[Math.floor(ref / REF_SHIFT)]
    return shard?.ids[ref % REF_SHIFT] ?? ''
  }

  /** Counts of tags, authors, papers, sections, years and months over hit handles. */
  facets(refs: Uint32Array): Facets {
    return facetCounts(this.shards, refs, REF_SHIFT)
  }

  /** The same counts over every article in the index: the library's filters. */
  facetsOfAll(): Facets {
    const refs: number[] = []
    this.shards.forEach((shard, position) => {
      for (let doc = 0; doc < shard.count; doc++) {
        if (shard.alive[doc] === 1) refs.push(position * REF_SHIFT + doc)
      }
    })
    return this.facets(Uint32Array.from(refs))
  }
}
