// The library under a tag filter: the chosen order's rows that carry the tag (or one below it),
// found by reading that order a chunk at a time from its index until the window asked for is
// full, so the first rows of a tag come after a few chunks, not after the whole archive. The
// count is the tag's own (the tag census, else the `*tags` index), exact from the start.
import type { ArchiveDatabase } from '../db/database'
import { tagCensus } from '../tags/tag-census'
import { OrderedRows } from './library-order'
import type { LibraryOrder, PageHeading, RowPage, RowSource } from './library-order'

const chunkRows = 2000

/** Before the tag census has read the archive: the articles under a tag, from the index. */
async function taggedFromIndex(database: ArchiveDatabase, tag: string): Promise<Set<string>> {
  const query = database.articles.where('tags').equals(tag).or('tags').startsWith(`${tag}/`)
  return new Set(await query.primaryKeys())
}

export class TaggedRows implements RowSource {
  readonly #matched: string[] = []
  readonly #headings = new Map<number, string>()
  /** Rows of the whole order read so far. */
  #scanned = 0
  #group: string | undefined = undefined
  #shown: string | undefined = undefined
  /** Reads run one after another: each continues where the last stopped. */
  #queue: Promise<unknown> = Promise.resolve()

  private constructor(
    private readonly ordered: OrderedRows,
    private readonly members: ReadonlySet<string>,
  ) {}

  static async open(
    database: ArchiveDatabase,
    order: LibraryOrder,
    tag: string,
    heading: PageHeading,
  ): Promise<TaggedRows> {
    const members = tagCensus(database).articlesUnder(tag) ?? taggedFromIndex(database, tag)
    const [ordered, set] = await Promise.all([OrderedRows.open(database, order, heading), members])
    return new TaggedRows(ordered, set)
  }

  get total(): number {
    return this.members.size
  }

  all(): Promise<string[]> {
    return Promise.resolve([...this.members])
  }

  read(offset: number, limit: number): Promise<RowPage> {
    const next = this.#queue.then(() => this.#read(offset, limit))
    this.#queue = next.catch(() => undefined)
    return next
  }

  async #read(offset: number, limit: number): Promise<RowPage> {
    const end = Math.min(this.total, offset + limit)
    while (this.#matched.length < end && this.#scanned < this.ordered.total) await this.#scan()
    const page: RowPage = { offset, ids: this.#matched.slice(offset, end), headings: new Map() }
    for (let row = offset; row < offset + page.ids.length; row++) {
      const heading = this.#headings.get(row)
      if (heading !== undefined) page.headings.set(row, heading)
    }
    return page
  }

  async #scan(): Promise<void> {
    const chunk = await this.ordered.read(this.#scanned, chunkRows)
    chunk.ids.forEach((id, at) => {
      this.#group = chunk.headings.get(chunk.offset + at) ?? this.#group
      if (!this.members.has(id)) return
      if (this.#group !== undefined && this.#group !== this.#shown)
        this.#headings.set(this.#matched.length, this.#group)
      this.#shown = this.#group
      this.#matched.push(id)
    })
    // An empty chunk (the archive shrank since it was counted) ends the scan.
    this.#scanned = chunk.ids.length === 0 ? this.ordered.total : this.#scanned + chunk.ids.length
  }
}
