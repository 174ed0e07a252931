// The library under a tag filter: the articles carrying the tag (or one below it), in the
// chosen order. Which articles those are, and their order keys, come from the tag census: sorted
// from those keys as the order's index would list them, a tag's rows read no index of the whole
// archive. Before the census has read the archive (or for lists without order keys), the
// members come from the tag lists' `*tags` index and their order from the order's index read
// once as primary keys. Grouped by page, a window's headings come from its own rows.
import type { Article } from '../../shared/article'
import type { ArchiveDatabase } from '../db/database'
import type { OrderKeys } from '../db/tag-lists'
import { tagCensus } from '../tags/tag-census'
import { OrderedRows, sortedByOrderKeys } from './library-order'
import type { LibraryOrder, PageHeading, RowPage, RowSource } from './library-order'

/** Before the tag census has read the archive: the articles under a tag, from the index. */
async function taggedFromIndex(database: ArchiveDatabase, tag: string): Promise<Set<string>> {
  const query = database.tagLists.where('tags').equals(tag).or('tags').startsWith(`${tag}/`)
  return new Set(await query.primaryKeys())
}

/** The tag's articles with their order keys, from the census once it has read the archive;
 * keys not read yet are read now (every tag list: about a second at 100,000 articles, far less
 * than an order's index). */
async function censusMembers(
  database: ArchiveDatabase,
  tag: string,
): Promise<Map<string, OrderKeys | undefined> | null> {
  const census = tagCensus(database)
  const members = census.articlesUnder(tag)
  if (members === null || [...members.values()].every((keys) => keys !== undefined)) return members
  await census.loadOrderKeys()
  return census.articlesUnder(tag)
}

/** The tag's articles in the order's index order (every id of the order, filtered). */
async function fromOrderIndex(
  database: ArchiveDatabase,
  order: LibraryOrder,
  heading: PageHeading,
  members: ReadonlyMap<string, unknown> | null,
  tag: string,
): Promise<string[]> {
  const [ordered, set] = await Promise.all([
    new OrderedRows(database, order, heading).ids(),
    members ?? taggedFromIndex(database, tag),
  ])
  return ordered.filter((id) => set.has(id))
}

export class TaggedRows implements RowSource {
  private constructor(
    private readonly database: ArchiveDatabase,
    private readonly ids: readonly string[],
    /** Grouped by page: the heading of an article's group. */
    private readonly heading: ((article: Article) => string) | null,
  ) {}

  static async open(
    database: ArchiveDatabase,
    order: LibraryOrder,
    tag: string,
    heading: PageHeading,
  ): Promise<TaggedRows> {
    const members = await censusMembers(database, tag)
    const sorted = members === null ? null : sortedByOrderKeys(order, members)
    const ids = sorted ?? (await fromOrderIndex(database, order, heading, members, tag))
    const group = (article: Article) =>
      // As the `[paper+date+page]` index keys them: without all three, the unnamed group.
      article.paper !== null && article.date !== null && article.page !== null
        ? heading(article.paper, article.date, article.page)
        : ''
    return new TaggedRows(database, ids, order === 'paper' ? group : null)
  }

  get total(): number {
    return this.ids.length
  }

  all(): Promise<string[]> {
    return Promise.resolve([...this.ids])
  }

  async read(offset: number, limit: number): Promise<RowPage> {
    const page: RowPage = {
      offset,
      ids: this.ids.slice(offset, offset + limit),
      headings: new Map(),
    }
    if (this.heading === null || page.ids.length === 0) return page
    // One row before the window tells whether its first row starts a group.
    const from = Math.max(0, offset - 1)
    const articles = await this.database.articles.bulkGet(this.ids.slice(from, offset + limit))
    let last: string | null = null
    articles.forEach((article, at) => {
      const label = article === undefined ? '' : (this.heading?.(article) ?? '')
      if (from + at >= offset && label !== last) page.headings.set(from + at, label)
      last = label
    })
    return page
  }
}
