// Which article carries which tags, and where it sorts in the library's orders, held in memory
// for the tagged articles and kept up to date from the writes themselves (db/tag-list-watch.ts):
// the tag tree and autocomplete counts change with an import batch or a tagging at once, and a
// tag's articles are put in order, without reading an index of the whole archive again.
// Which article carries which tag is read once from the `*tags` index when first asked for; writes
// that commit meanwhile are applied after it, which is exact because a write replaces an article's
// whole list. The order keys are read later, from the lists themselves (loadOrderKeys).
import { TagCounts } from '../../core/tags/counts'
import type { ArchiveDatabase } from '../db/database'
import { toStorageError } from '../db/errors'
import { onTagListWrites } from '../db/tag-list-watch'
import type { StoredTags, TagListWrites } from '../db/tag-list-watch'
import { pagesByKey } from '../db/key-pages'
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

/** Tag lists read per request for their order keys. */
const LOAD_PAGE = 5000

/** A failure of reading in the background, told on the console (not once the window closed). */
function logged(error: unknown): void {
  if (toStorageError(error).code !== 'databaseClosed') console.error(error)
}

/** A tagged article as the census holds it: its order keys once read or written. */
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
  #ordered: Promise<void> | null = null
  #filled: Promise<void> = Promise.resolve()

  constructor(private readonly database: ArchiveDatabase) {
    onTagListWrites(database, (writes) => {
      if (this.#queued === null) this.#apply(writes)
      else this.#queued.push(writes)
    })
    this.#started = this.#load().catch(logged)
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
    const lists = new Map<string, string[]>()
    const { tagLists } = this.database
    // Each tag's articles in one piece (primary keys, no cursor): a step per tag, not per entry.
    await this.database.transaction('r', tagLists, async () => {
      const tags = await tagLists.orderBy('tags').uniqueKeys()
      for (const key of tags) {
        if (typeof key !== 'string') continue
        const tag = this.#name(key)
        for (const id of await tagLists.where('tags').equals(key).primaryKeys()) {
          const list = lists.get(id)
          if (list === undefined) lists.set(id, [tag])
          else list.push(tag)
        }
      }
    })
    for (const [id, tags] of lists) this.#set({ id, tags })
    for (const writes of this.#queued ?? []) this.#applyQuietly(writes)
    this.#queued = null
    this.#publish(true)
  }

  /** Reads the tagged articles' order keys from every tag list, once: the tag lists in full are
   * a second of reading at 100,000 articles, so the app asks for them a little after its start
   * (a tag filter before then waits for them). Lists from before they held order keys, found
   * here, are filled after, in the background; a filter over them reads the order's index. */
  loadOrderKeys(): Promise<void> {
    this.#ordered ??= this.#started
      .then(() => this.#readOrderKeys())
      .then((unordered) => {
        this.#filled = this.#fill(unordered)
      })
      .catch((error: unknown) => {
        // Tried again at the next filter; meanwhile filters read the order's index.
        logged(error)
        this.#ordered = null
      })
    return this.#ordered
  }

  /** Settles once the order keys are read and the lists found without them have them. */
  async orderKeysFilled(): Promise<void> {
    await this.loadOrderKeys()
    await this.#filled
  }

  /** The lists' order keys, kept for the tagged articles; the ids of lists without them. */
  async #readOrderKeys(): Promise<string[]> {
    const unordered: string[] = []
    for await (const page of pagesByKey(this.database.tagLists, LOAD_PAGE)) {
      for (const list of page) {
        if (list.order === undefined) unordered.push(list.id)
        else this.#keep(list.id, list.order)
      }
    }
    // The tagged articles' lists first: the filters that read the order's index for want of
    // them are over once those are filled.
    const tagged = (carrying: boolean) => unordered.filter((id) => this.#lists.has(id) === carrying)
    return [...tagged(true), ...tagged(false)]
  }

  /** Kept as each chunk is written as well as from the write's notice, so that the census has
   * them once this settles. */
  #fill(ids: readonly string[]): Promise<void> {
    return fillOrderKeys(this.database, ids, (lists) => {
      for (const list of lists) if (list.order !== undefined) this.#keep(list.id, list.order)
    }).catch(logged)
  }

  /** A tagged article's order keys as read, unless a write has told them since (newer). */
  #keep(id: string, order: OrderKeys): void {
    const entry = this.#lists.get(id)
    if (entry !== undefined && entry.order === undefined) entry.order = this.#shared(order)
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
    this.#lists.set(id, {
      tags: shared,
      order: order === undefined ? undefined : this.#shared(order),
    })
    this.#counts.add(shared)
  }

  /** A copy of the keys with their repeated strings shared. */
  #shared(order: OrderKeys): OrderKeys {
    const { date, paper } = order
    return {
      ...order,
      ...(date === undefined ? {} : { date: this.#name(date) }),
      ...(paper === undefined ? {} : { paper: this.#name(paper) }),
    }
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
