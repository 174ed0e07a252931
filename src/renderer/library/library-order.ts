// The library's orders, read from indexes only (keys, never whole articles), so they stay quick
// at 100,000 articles. Articles an index leaves out (no date, no headline, no paper) come last.
import type { ArchiveDatabase } from '../db/database'
import { tagCensus } from '../tags/tag-census'

export const libraryOrders = ['imported', 'newest', 'oldest', 'title', 'paper'] as const
export type LibraryOrder = (typeof libraryOrders)[number]

export interface LibraryView {
  ids: string[]
  /** Group headings by row: the paper, date and page where a new group starts. */
  headings: Map<number, string>
}

/** The ids an index holds, then the articles it leaves out; those are looked for only when the
 * index holds fewer than all (the usual case holds every article). */
async function withRest(database: ArchiveDatabase, first: string[]): Promise<string[]> {
  if (first.length === (await database.articles.count())) return first
  const seen = new Set(first)
  const all = await database.articles.toCollection().primaryKeys()
  return [...first, ...all.filter((id) => !seen.has(id))]
}

/** Index keys and primary keys of an index, in index order; `read` checks each key. */
async function keyPairs<K>(
  database: ArchiveDatabase,
  index: string,
  read: (key: unknown) => K,
): Promise<{ id: string; key: K }[]> {
  const collection = database.articles.orderBy(index)
  const [keys, ids] = await Promise.all([collection.keys(), collection.primaryKeys()])
  return ids.map((id, at) => ({ id, key: read(keys[at]) }))
}

const asText = (key: unknown): string => (typeof key === 'string' ? key : '')
const asPage = (key: unknown): [string, string, number] =>
  Array.isArray(key) ? [asText(key[0]), asText(key[1]), Number(key[2])] : ['', '', 0]

/** A group's heading in the interface language, from its paper, ISO date and page. */
export type PageHeading = (paper: string, date: string, page: number) => string

/** The heading as stored keys read, for callers (tests) that need no language. */
export const plainHeading: PageHeading = (paper, date, page) =>
  `${paper} · ${date} · ${String(page)}`

async function byPaper(database: ArchiveDatabase, heading: PageHeading): Promise<LibraryView> {
  const pairs = await keyPairs(database, '[paper+date+page]', asPage)
  const headings = new Map<number, string>()
  let last = ''
  let lastKey: readonly [string, string, number] | null = null
  pairs.forEach(({ key }, row) => {
    // Formatted once per group, not per row: a group is a run of equal keys.
    if (lastKey !== null && key.every((part, at) => part === lastKey?.[at])) return
    lastKey = key
    const label = heading(...key)
    if (label !== last) headings.set(row, label)
    last = label
  })
  const ids = await withRest(
    database,
    pairs.map(({ id }) => id),
  )
  // Articles without paper, date or page: one group at the end, named by the list.
  if (ids.length > pairs.length) headings.set(pairs.length, '')
  return { ids, headings }
}

async function ordered(database: ArchiveDatabase, order: LibraryOrder): Promise<string[]> {
  switch (order) {
    case 'imported':
      return database.articles.orderBy('importedAt').reverse().primaryKeys()
    case 'newest':
      return withRest(database, await database.articles.orderBy('date').reverse().primaryKeys())
    case 'oldest':
      return withRest(database, await database.articles.orderBy('date').primaryKeys())
    case 'title':
      // The pinyin sort key's index (db/derived-fields.ts): no headline is read or compared.
      return withRest(database, await database.articles.orderBy('titleKey').primaryKeys())
    case 'paper':
      return (await byPaper(database, plainHeading)).ids
  }
}

/** Before the tag census has read the archive: the articles under a tag, from the index. */
async function taggedFromIndex(database: ArchiveDatabase, tag: string): Promise<Set<string>> {
  const query = database.articles.where('tags').equals(tag).or('tags').startsWith(`${tag}/`)
  return new Set(await query.primaryKeys())
}

/** The library in the chosen order; with a tag, only the articles under it. */
export async function libraryView(
  database: ArchiveDatabase,
  order: LibraryOrder,
  tag: string | null,
  heading: PageHeading = plainHeading,
): Promise<LibraryView> {
  const view: LibraryView =
    order === 'paper'
      ? await byPaper(database, heading)
      : { ids: await ordered(database, order), headings: new Map<number, string>() }
  if (tag === null) return view
  const tagged = tagCensus(database).articlesUnder(tag) ?? (await taggedFromIndex(database, tag))
  const headings = new Map<number, string>()
  const ids: string[] = []
  let group: string | undefined = undefined
  let shown: string | undefined = undefined
  view.ids.forEach((id, row) => {
    group = view.headings.get(row) ?? group
    if (!tagged.has(id)) return
    if (group !== undefined && group !== shown) headings.set(ids.length, group)
    shown = group
    ids.push(id)
  })
  return { ids, headings }
}
