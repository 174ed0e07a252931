// The library's orders, read a window of rows at a time from an index (keys only, never whole
// articles), so an order change at 100,000 articles reads a page, not the archive: no count
// either, which walks every record; the count follows (db/article-count.ts). Articles an index
// leaves out (no date, no headline, no paper) come last; they are looked for only when a window
// reaches them.
import { articleCount, untilArticlesChange } from '../db/article-memo'
import type { ArchiveDatabase } from '../db/database'
import type { OrderKeys } from '../db/tag-lists'
import { compareIndexKeys } from './index-key-order'
import type { IndexKey } from './index-key-order'

export const libraryOrders = ['imported', 'newest', 'oldest', 'title', 'paper'] as const
export type LibraryOrder = (typeof libraryOrders)[number]

/** Rows of a list from `offset`, with the group headings that start among them. */
export interface RowPage {
  offset: number
  ids: string[]
  /** Group headings by row (absolute): the paper, date and page where a group starts. */
  headings: Map<number, string>
}

/** A list's rows in one order: how many, a window of them, all of them (for Ctrl/Cmd+A). */
export interface RowSource {
  /** How many rows there are, when known without a count (the archive's is counted apart). */
  readonly total: number | null
  read(offset: number, limit: number): Promise<RowPage>
  /** Every id, in the list's order. */
  all(): Promise<string[]>
}

/** A group's heading in the interface language, from its paper, ISO date and page. */
export type PageHeading = (paper: string, date: string, page: number) => string

/** The heading as stored keys read, for callers (tests) that need no language. */
export const plainHeading: PageHeading = (paper, date, page) =>
  `${paper} · ${date} · ${String(page)}`

interface OrderIndex {
  index: string
  reverse: boolean
  /** Every article has a key in it (the import time). */
  complete: boolean
  /** The article's key in the index, from the order keys its tag list holds; undefined where
   * the index leaves it out. */
  keyOf: (keys: OrderKeys) => IndexKey | undefined
}

const orderIndexes: Record<LibraryOrder, OrderIndex> = {
  imported: { index: 'importedAt', reverse: true, complete: true, keyOf: (k) => k.importedAt },
  newest: { index: 'date', reverse: true, complete: false, keyOf: (k) => k.date },
  oldest: { index: 'date', reverse: false, complete: false, keyOf: (k) => k.date },
  // The pinyin sort key's index (db/derived-fields.ts): no headline is read or compared.
  title: { index: 'titleKey', reverse: false, complete: false, keyOf: (k) => k.titleKey },
  paper: {
    index: '[paper+date+page]',
    reverse: false,
    complete: false,
    keyOf: ({ paper, date, page }) =>
      paper === undefined || date === undefined || page === undefined
        ? undefined
        : [paper, date, page],
  },
}

/** The articles in `order` as the order's index and the table list them (ties and the articles
 * the index leaves out by id), sorted from their order keys; null if one has none. */
export function sortedByOrderKeys(
  order: LibraryOrder,
  articles: ReadonlyMap<string, OrderKeys | undefined>,
): string[] | null {
  const spec = orderIndexes[order]
  const keyed: Array<{ id: string; key: IndexKey }> = []
  const rest: string[] = []
  for (const [id, keys] of articles) {
    if (keys === undefined) return null
    const key = spec.keyOf(keys)
    if (key === undefined) rest.push(id)
    else keyed.push({ id, key })
  }
  keyed.sort((a, b) => compareIndexKeys(a.key, b.key) || compareIndexKeys(a.id, b.id))
  if (spec.reverse) keyed.reverse()
  return [...keyed.map(({ id }) => id), ...rest.sort(compareIndexKeys)]
}

const asText = (key: unknown): string => (typeof key === 'string' ? key : '')

/** The rows of the whole archive in one order, read by window. */
export class OrderedRows implements RowSource {
  readonly #spec: OrderIndex
  /** Rows in the index (the rest follow them), once a window or a count has said. */
  #indexed: number | null = null
  #rest: Promise<string[]> | null = null

  constructor(
    private readonly database: ArchiveDatabase,
    private readonly order: LibraryOrder,
    private readonly heading: PageHeading,
  ) {
    this.#spec = orderIndexes[order]
  }

  readonly total = null

  async read(offset: number, limit: number): Promise<RowPage> {
    const page: RowPage = { offset, ids: [], headings: new Map() }
    if (this.#indexed === null || offset < this.#indexed) {
      await this.#readIndexed(page, offset + limit)
      // A window cut short by the index's end tells where the index ends.
      if (page.ids.length < limit && (page.ids.length > 0 || offset === 0))
        this.#indexed = offset + page.ids.length
    }
    if (page.ids.length === limit || this.#spec.complete) return page
    this.#indexed ??= await articleCount(this.database, this.#spec.index)
    const from = Math.max(offset, this.#indexed)
    const rest = await this.#restIds()
    page.ids.push(...rest.slice(from - this.#indexed, offset + limit - this.#indexed))
    // Articles without paper, date or page: one group at the end, named by the list.
    if (this.order === 'paper' && from === this.#indexed && rest.length > 0)
      page.headings.set(from, '')
    return page
  }

  async all(): Promise<string[]> {
    return [...(await this.ids())]
  }

  #collection(offset: number, limit: number) {
    const ordered = this.database.articles.orderBy(this.#spec.index)
    return (this.#spec.reverse ? ordered.reverse() : ordered).offset(offset).limit(limit)
  }

  async #readIndexed(page: RowPage, end: number): Promise<void> {
    if (this.order !== 'paper') {
      page.ids.push(...(await this.#collection(page.offset, end - page.offset).primaryKeys()))
      return
    }
    // One row before the window tells whether its first row starts a group.
    const from = Math.max(0, page.offset - 1)
    const [keys, ids] = await this.database.transaction('r', this.database.articles, () =>
      Promise.all([
        this.#collection(from, end - from).keys(),
        this.#collection(from, end - from).primaryKeys(),
      ]),
    )
    let last = from < page.offset ? this.#label(keys[0]) : null
    ids.forEach((id, at) => {
      const row = from + at
      if (row < page.offset) return
      const label = this.#label(keys[at])
      if (label !== last) page.headings.set(row, label)
      last = label
      page.ids.push(id)
    })
  }

  #label(key: unknown): string {
    if (!Array.isArray(key)) return ''
    return this.heading(asText(key[0]), asText(key[1]), Number(key[2]))
  }

  /** Every id in this order, read at once (primary keys only) and kept until the articles
   * change: for a tag's rows, so that going from tag to tag reads nothing again. */
  ids(): Promise<readonly string[]> {
    return untilArticlesChange(this.database, `order ${this.order}`, () =>
      this.#spec.complete
        ? this.#indexIds()
        : this.database.transaction('r', this.database.articles, async () => {
            // The index read once for both parts: each of its entries costs IndexedDB about
            // three times an entry of the table's own keys.
            const [inIndex, all] = await Promise.all([this.#indexIds(), this.#allIds()])
            return [...inIndex, ...restOf(inIndex, all)]
          }),
    )
  }

  #allIds(): Promise<string[]> {
    return this.database.articles.toCollection().primaryKeys()
  }

  #indexIds(): Promise<string[]> {
    const ordered = this.database.articles.orderBy(this.#spec.index)
    return (this.#spec.reverse ? ordered.reverse() : ordered).primaryKeys()
  }

  /** The articles the index leaves out, in the table's order; read once per count. */
  #restIds(): Promise<string[]> {
    this.#rest ??= this.database.transaction('r', this.database.articles, async () => {
      const [inIndex, all] = await Promise.all([this.#indexIds(), this.#allIds()])
      return restOf(inIndex, all)
    })
    return this.#rest
  }
}

/** The ids of `all` not in `inIndex`, in the order of `all`. */
function restOf(inIndex: readonly string[], all: readonly string[]): string[] {
  const seen = new Set(inIndex)
  return all.filter((id) => !seen.has(id))
}
