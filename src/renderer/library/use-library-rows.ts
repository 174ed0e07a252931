// The library's rows for the virtual list: the pages around the rows on screen, read from the
// order's index as the list scrolls, and the count. A new order or tag has no rows until its own
// are read (the list shows it is busy meanwhile); the archive's count follows them (until then
// the list is as long as the rows read, and a page more). A write to the archive reads the pages
// on screen and the count again, each throttled by its own cost (db/use-archive-query.ts): a
// count walks every record, so during an import it runs seldom, the old rows shown meanwhile.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Article } from '../../shared/article'
import type { ArchiveDatabase } from '../db/database'
import { articleCount } from '../db/article-memo'
import { useArchiveQuery } from '../db/use-archive-query'
import type { ListRows } from '../list/list-rows'
import { OrderedRows } from './library-order'
import type { LibraryOrder, PageHeading, RowPage, RowSource } from './library-order'
import { TaggedRows } from './library-tagged'

const pageRows = 100

interface Snapshot {
  source: RowSource
  pages: ReadonlyMap<number, RowPage>
  /** The articles on screen, read with the rows: a row that moved in is never drawn empty. */
  articles?: ReadonlyMap<string, Article>
}

/** Rows on screen when nothing has been drawn yet: a screenful. */
const screenRows = 30

const pagesOf = (first: number, last: number): number[] => {
  const pages: number[] = []
  for (let page = Math.floor(first / pageRows); page <= Math.floor(last / pageRows); page++)
    pages.push(page)
  return pages
}

async function readPages(source: RowSource, numbers: readonly number[]) {
  const pages = await Promise.all(numbers.map((n) => source.read(n * pageRows, pageRows)))
  return new Map(pages.map((page, at) => [numbers[at] ?? 0, page]))
}

/** Before the count is known: the rows read, and a page more if the last one was full. */
function rowsRead(pages: ReadonlyMap<number, RowPage>): number {
  let end = 0
  let full = false
  for (const page of pages.values()) {
    if (page.offset + page.ids.length <= end) continue
    end = page.offset + page.ids.length
    full = page.ids.length === pageRows
  }
  return end + (full ? pageRows : 0)
}

async function readShown(
  database: ArchiveDatabase,
  source: RowSource,
  first: number,
  last: number,
): Promise<Snapshot> {
  const pages = await readPages(source, pagesOf(first, last))
  const ids: string[] = []
  for (let row = first; row <= last; row++) {
    const id = pages.get(Math.floor(row / pageRows))?.ids[row % pageRows]
    if (id !== undefined) ids.push(id)
  }
  const articles = new Map<string, Article>()
  for (const article of await database.articles.bulkGet(ids))
    if (article !== undefined) articles.set(article.id, article)
  return { source, pages, articles }
}

function pagedRows(snapshot: Snapshot, count: number | null): ListRows {
  const { source, pages, articles } = snapshot
  const pageAt = (row: number) => pages.get(Math.floor(row / pageRows))
  const idAt = (row: number) => pageAt(row)?.ids[row % pageRows]
  return {
    count: count ?? rowsRead(pages),
    idAt,
    headingAt: (row) => pageAt(row)?.headings.get(row),
    rowOf: (id) => {
      for (const page of pages.values()) {
        const at = page.ids.indexOf(id)
        if (at >= 0) return page.offset + at
      }
      return -1
    },
    between: async (from, to) => {
      const missing = pagesOf(from, to).filter((n) => !pages.has(n))
      const read = await readPages(source, missing)
      const ids: string[] = []
      for (let row = from; row <= to; row++) {
        const id = idAt(row) ?? read.get(Math.floor(row / pageRows))?.ids[row % pageRows]
        if (id !== undefined) ids.push(id)
      }
      return ids
    },
    all: () => source.all(),
    articleOf: (id) => articles?.get(id),
  }
}

export interface LibraryRows {
  /** Undefined while the rows of this order and tag are being read. */
  rows: ListRows | undefined
  /** Tells which rows the list draws, so their pages are read. */
  show: (first: number, last: number) => void
}

export function useLibraryRows(
  database: ArchiveDatabase,
  order: LibraryOrder,
  tag: string | null,
  heading: PageHeading,
  paused: boolean,
): LibraryRows {
  const view = `${order}\n${tag ?? ''}`
  // Which rows are on screen, for the view they were drawn in (a new view starts at the top).
  const shown = useRef({ view, first: 0, last: 0 })
  const snapshot = useArchiveQuery(
    database,
    async (): Promise<Snapshot> => {
      const source =
        tag === null
          ? new OrderedRows(database, order, heading)
          : await TaggedRows.open(database, order, tag, heading)
      const { first, last } =
        shown.current.view === view ? shown.current : { first: 0, last: screenRows }
      return readShown(database, source, first, last)
    },
    [database, order, tag, heading, view],
    { paused },
  )
  // Pages read since the snapshot, for the snapshot they belong to.
  const [more, setMore] = useState<Snapshot | null>(null)
  const requested = useRef(new WeakMap<Snapshot, Set<number>>())
  const request = useCallback(
    (first: number, last: number) => {
      if (snapshot === undefined) return
      const asked = requested.current.get(snapshot) ?? new Set(snapshot.pages.keys())
      requested.current.set(snapshot, asked)
      const missing = pagesOf(first, last).filter((n) => !asked.has(n))
      if (missing.length === 0) return
      for (const n of missing) asked.add(n)
      void readPages(snapshot.source, missing).then((read) => {
        setMore((current) => {
          const base = current?.source === snapshot.source ? current.pages : snapshot.pages
          const pages = new Map([...base, ...read])
          return { source: snapshot.source, pages, articles: snapshot.articles }
        })
      })
    },
    [snapshot],
  )
  useEffect(() => {
    if (shown.current.view === view) request(shown.current.first, shown.current.last)
  }, [request, view])
  const show = useCallback(
    (first: number, last: number) => {
      shown.current = { view, first, last }
      request(first, last)
    },
    [request, view],
  )
  // The archive's count, for this view: after a write, the one before until it is read again.
  const counted = useArchiveQuery(database, () => articleCount(database), [database, view], {
    paused: paused || tag !== null,
  })
  const total = snapshot?.source.total ?? counted ?? null
  const rows = useMemo(() => {
    if (snapshot === undefined) return undefined
    return pagedRows(more?.source === snapshot.source ? more : snapshot, total)
  }, [snapshot, more, total])
  return { rows, show }
}
