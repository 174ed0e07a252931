// Which article carries which tags, held in memory and kept up to date from the writes
// themselves (db/tag-list-watch.ts): the tag tree and autocomplete counts change with an import
// batch or a tagging at once, without reading the `*tags` index of the whole archive again.
// Read once from the index (keys only, tag by tag) when first asked for; writes that commit meanwhile are
// applied after it, which is exact because a write replaces an article's whole list.
import { TagCounts } from '../../core/tags/counts'
import type { ArchiveDatabase } from '../db/database'
import { onTagListWrites } from '../db/tag-list-watch'
import type { TagListWrites } from '../db/tag-list-watch'

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

export class TagCensus {
  readonly #lists = new Map<string, readonly string[]>()
  /** One string per tag name, shared by every article carrying it. */
  readonly #names = new Map<string, string>()
  readonly #listeners = new Set<() => void>()
  #counts = new TagCounts()
  #queued: TagListWrites[] | null = []
  #state: TagCensusState = { ready: false, counts: this.#counts }

  constructor(private readonly database: ArchiveDatabase) {
    onTagListWrites(database, (writes) => {
      if (this.#queued === null) this.#apply(writes)
      else this.#queued.push(writes)
    })
    this.#load().catch((error: unknown) => {
      console.error(error)
    })
  }

  get state(): TagCensusState {
    return this.#state
  }

  /** Articles carrying `tag` or a tag below it; null until the census has read the archive. */
  articlesUnder(tag: string): Set<string> | null {
    if (!this.#state.ready) return null
    const below = `${tag}/`
    const found = new Set<string>()
    for (const [id, tags] of this.#lists) {
      if (tags.some((name) => name === tag || name.startsWith(below))) found.add(id)
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
    for (const [id, tags] of lists) this.#set(id, tags)
    for (const writes of this.#queued ?? []) this.#applyQuietly(writes)
    this.#queued = null
    this.#publish(true)
  }

  #name(tag: string): string {
    const shared = this.#names.get(tag)
    if (shared !== undefined) return shared
    this.#names.set(tag, tag)
    return tag
  }

  #set(id: string, tags: readonly string[]): void {
    const before = this.#lists.get(id)
    if (before !== undefined) this.#counts.add(before, -1)
    if (tags.length === 0) {
      this.#lists.delete(id)
      return
    }
    const shared = tags.map((tag) => this.#name(tag))
    this.#lists.set(id, shared)
    this.#counts.add(shared)
  }

  #applyQuietly(writes: TagListWrites): void {
    if (writes.cleared) {
      this.#lists.clear()
      this.#counts = new TagCounts()
    }
    for (const id of writes.deleted) this.#set(id, [])
    for (const { id, tags } of writes.stored) this.#set(id, tags)
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
