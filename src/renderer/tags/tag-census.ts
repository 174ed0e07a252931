// Which article carries which tags, and where it sorts in the library's orders, held in memory
// for the tagged articles and kept up to date from the writes themselves (db/tag-list-watch.ts):
// the tag tree and autocomplete counts change with an import batch or a tagging at once, and a
// tag's articles are put in order, without reading an index of the whole archive again.
// The tag lists are read once (a page at a time, by key) when first asked for; writes that commit
// meanwhile are applied after them, which is exact because a write replaces an article's whole
// list.
import { TagCounts } from '../../core/tags/counts'
import type { ArchiveDatabase, TagListRecord } from '../db/database'
import { onTagListWrites } from '../db/tag-list-watch'
import type { StoredTags, TagListWrites } from '../db/tag-list-watch'
import { fillOrderKeys } from '../db/order-keys-fill'
import type { OrderKeys } from '../db/tag-lists'

export interface TagCensusState {
  /** False until the archive's tags have been read once. */
  ready: boolean
  /** Updated in place; the state object itself is new with every change (what React compares). */
  counts: TagCounts
}

const censuses = new WeakMap<ArchiveDatabase, TagCensus>()

/** The one census of a database, started on first use. */
export function tagCensus(database: ArchiveDatabase): TagCensus {
  let census = censuses.get(database)
  if (census === undefined) {
    census = new TagCensus(database)
    censuses.set(database, census)
  }
  return census
}

/** Tag lists read per request at start: a bounded piece of memory at a time, and other reads
 * (the library, the search index) are not held up behind one long one. */
const LOAD_PAGE = 5000

/** A tagged article as the census holds it. */
interface TaggedArticle {
  tags: readonly string[]
  order: OrderKeys | undefined
}

export class TagCensus {
  readonly #lists = new Map<string, TaggedArticle>()
  readonly #names = new Map<string, string>()
  readonly #listeners = new Set<() => void>()
  #counts = new TagCounts()
  #queued: TagListWrites[] | null = []
  #state: TagCensusState = { ready: false, counts: this.#counts }
  readonly #started: Promise<void>

  constructor(private readonly database: ArchiveDatabase) {
    onTagListWrites(database, (writes) => {
      if (this.#queued === null) this.#apply(writes)
      else this.#queued.push(writes)
    })
    this.#started = this.#load().catch((error: unknown) => {
      console.error(error)
    })
  }

  get state(): TagCensusState {
    return this.#state
  }

  /** Articles carrying `tag` or a tag below it, with their order keys (absent in lists written
   * before they had them); null until the census has read the archive. */
  articlesUnder(tag: string): Map<string, OrderKeys | undefined> | null {
    if (!this.#state.ready) return null
    const below = `${tag}/`
    const found = new Map<string, OrderKeys | undefined>()
    for (const [id, { tags, order }] of this.#lists) {
      if (tags.some((name) => name === tag || name.startsWith(below))) found.set(id, order)
    }
    return found
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  async #load(): Promise<void> {
    const { tagLists } = this.database
    const unordered: string[] = []
    let last: string | null = null
    for (;;) {
      const rest = last === null ? tagLists.orderBy(':id') : tagLists.where(':id').above(last)
      const page: TagListRecord[] = await rest.limit(LOAD_PAGE).toArray()
      if (page.length === 0) break
      for (const list of page) {
        if (list.tags.length > 0) this.#set(list)
        if (list.order === undefined) unordered.push(list.id)
      }
      last = page[page.length - 1]?.id ?? null
    }
    for (const writes of this.#queued ?? []) this.#applyQuietly(writes)
    this.#queued = null
    this.#publish(true)
    // Lists from before they held order keys: filled once, here where they are found anyway.
    // Applied here as well as from the write's notice, so the census has them once this settles.
    await fillOrderKeys(this.database, unordered, (lists) => {
      for (const list of lists) if (list.tags.length > 0) this.#set(list)
    })
  }

  /** Settles once the census has read the archive and the lists it found without order keys
   * have them (for tests). */
  orderKeysFilled(): Promise<void> {
    return this.#started
  }

  /** One string per name (tags, papers, dates), shared by every article carrying it. */
  #name(name: string): string {
    const shared = this.#names.get(name)
    if (shared !== undefined) return shared
    this.#names.set(name, name)
    return name
  }

  #set({ id, tags, order }: StoredTags): void {
    const before = this.#lists.get(id)
    if (before !== undefined) this.#counts.add(before.tags, -1)
    if (tags.length === 0) {
      this.#lists.delete(id)
      return
    }
    const shared = tags.map((tag) => this.#name(tag))
    this.#lists.set(id, { tags: shared, order: order === undefined ? order : this.#shared(order) })
    this.#counts.add(shared)
  }

  /** The keys (the census's own copy) with their repeated strings shared. */
  #shared(order: OrderKeys): OrderKeys {
    const { date, paper } = order
    if (date !== undefined) order.date = this.#name(date)
    if (paper !== undefined) order.paper = this.#name(paper)
    return order
  }

  #applyQuietly(writes: TagListWrites): void {
    if (writes.cleared) {
      this.#lists.clear()
      this.#counts = new TagCounts()
    }
    for (const id of writes.deleted) this.#set({ id, tags: [] })
    for (const stored of writes.stored) this.#set(stored)
  }

  #apply(writes: TagListWrites): void {
    const touched = writes.cleared || writes.deleted.length > 0 || writes.stored.length > 0
    if (!touched) return
    this.#applyQuietly(writes)
    this.#publish(true)
  }

  #publish(ready: boolean): void {
    this.#state = { ready, counts: this.#counts }
    for (const listener of this.#listeners) listener()
  }
}
