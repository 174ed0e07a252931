// The library's orders and groups over real IndexedDB, read whole and by window.
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { articleCount } from '../db/article-memo'
import { declareSchema, openArchiveDatabase } from '../db/database'
import type { ArchiveDatabase } from '../db/database'
import { ArchiveHistory } from '../archive/archive-history'
import { tagCensus } from '../tags/tag-census'
import { readyCensus } from '../tags/tag-queries'
import { addTags } from '../tags/tagging'
import { OrderedRows, libraryOrders, plainHeading, sortedByOrderKeys } from './library-order'
import type { LibraryOrder, RowPage } from './library-order'
import { TaggedRows } from './library-tagged'

let database: ArchiveDatabase | null = null
afterEach(async () => {
  database?.close()
  await database?.delete()
  database = null
})

async function archive(): Promise<ArchiveDatabase> {
  database = openArchiveDatabase(`library-${crypto.randomUUID()}`)
  await database.articles.bulkAdd([
    makeArticle('北京新闻', paragraphs('一'), { date: '2024-01-02', page: 1, importedAt: 3 }),
    makeArticle('安徽消息', paragraphs('二'), {
      date: '2024-01-02',
      page: 2,
      importedAt: 1,
      tags: ['地区/安徽'],
    }),
    makeArticle('长江简讯', paragraphs('三'), {
      date: '2023-06-01',
      page: 1,
      importedAt: 2,
      tags: ['地区'],
    }),
    makeArticle(null, paragraphs('图片说明'), {
      date: null,
      paper: null,
      importedAt: 4,
      kind: 'photo',
    }),
  ])
  return database
}

/** The whole list in one order (with a tag, only its articles), read in windows of `size`. */
async function libraryView(
  db: ArchiveDatabase,
  order: LibraryOrder,
  tag: string | null,
  size = 2,
): Promise<RowPage> {
  const source =
    tag === null
      ? new OrderedRows(db, order, plainHeading)
      : await TaggedRows.open(db, order, tag, plainHeading)
  const view: RowPage = { offset: 0, ids: [], headings: new Map() }
  const total = source.total ?? (await articleCount(db))
  for (let offset = 0; offset < total; offset += size) {
    const page = await source.read(offset, size)
    view.ids.push(...page.ids)
    for (const [row, heading] of page.headings) view.headings.set(row, heading)
  }
  return view
}

const titles = async (db: ArchiveDatabase, ids: readonly string[]) =>
  (await db.articles.bulkGet([...ids])).map((article) => article?.title ?? '（无题）')

/** Ties in every key, and articles each order's index leaves out (no date, headline, paper). */
function variedArticles() {
  return Array.from({ length: 40 }, (_, at) =>
    makeArticle(
      at % 7 === 0 ? null : `${['北京', '安徽', '长江', '重庆'][at % 4]}第${at % 5}版`,
      paragraphs(`正文${String(at)}`),
      {
        date: at % 6 === 0 ? null : `2024-0${String((at % 3) + 1)}-0${String((at % 2) + 1)}`,
        paper: at % 9 === 0 ? null : ['青禾日报', '江城晚报'][at % 2],
        page: (at % 4) + 1,
        importedAt: at % 5,
        tags: at % 3 === 0 ? ['地区'] : [],
      },
    ),
  )
}

/** In every order: the tag's articles sorted from the census's order keys are the whole list's
 * (the census hears a write once its transaction has committed, so it is polled). */
async function expectSortedAsWhole(db: ArchiveDatabase, tag: string): Promise<void> {
  const query = db.tagLists.where('tags').equals(tag).or('tags').startsWith(`${tag}/`)
  const members = new Set(await query.primaryKeys())
  const census = () => tagCensus(db).articlesUnder(tag) ?? new Map<string, undefined>()
  for (const order of libraryOrders) {
    const whole = (await libraryView(db, order, null)).ids.filter((id) => members.has(id))
    await expect.poll(() => sortedByOrderKeys(order, census()), { message: order }).toEqual(whole)
    expect((await libraryView(db, order, tag, 3)).ids, order).toEqual(whole)
  }
}

describe('library orders', () => {
  it('lists by import time, by date with undated last, and by headline in pinyin order', async () => {
    const db = await archive()
    expect(await titles(db, (await libraryView(db, 'imported', null)).ids)).toEqual([
      '（无题）',
      '北京新闻',
      '长江简讯',
      '安徽消息',
    ])
    const newest = await titles(db, (await libraryView(db, 'newest', null)).ids)
    expect(newest.slice(2)).toEqual(['长江简讯', '（无题）'])
    expect(await titles(db, (await libraryView(db, 'title', null)).ids)).toEqual([
      '安徽消息',
      '北京新闻',
      '长江简讯',
      '（无题）',
    ])
  })

  it('groups by paper, date and page, with the unplaced articles last', async () => {
    const db = await archive()
    // Windows of one row: each window knows whether its row starts a group.
    const view = await libraryView(db, 'paper', null, 1)
    expect(await libraryView(db, 'paper', null, 3)).toEqual(view)
    expect(await titles(db, view.ids)).toEqual(['长江简讯', '北京新闻', '安徽消息', '（无题）'])
    expect([...view.headings]).toEqual([
      [0, '青禾日报 · 2023-06-01 · 1'],
      [1, '青禾日报 · 2024-01-02 · 1'],
      [2, '青禾日报 · 2024-01-02 · 2'],
      [3, ''],
    ])
  })

  it('narrows to a tag and the tags below it, keeping group headings', async () => {
    const db = await archive()
    const view = await libraryView(db, 'paper', '地区')
    expect(await titles(db, view.ids)).toEqual(['长江简讯', '安徽消息'])
    expect([...view.headings]).toEqual([
      [0, '青禾日报 · 2023-06-01 · 1'],
      [1, '青禾日报 · 2024-01-02 · 2'],
    ])
    // Once the tag census has read the archive, it answers instead of the index: the same.
    await readyCensus(db)
    expect(await libraryView(db, 'paper', '地区')).toEqual(view)
    expect((await libraryView(db, 'imported', '地')).ids).toEqual([])
  })

  it('lists a tag’s articles in every order exactly as the whole library lists them, after tagging and edits', async () => {
    database = openArchiveDatabase(`library-${crypto.randomUUID()}`)
    const db = database
    const articles = variedArticles()
    await db.articles.bulkAdd(articles)
    await tagCensus(db).loadOrderKeys()
    // Tagged through the tagging itself, then some of them edited: dates moved, a headline gone.
    const history = new ArchiveHistory(db)
    await addTags(
      history,
      articles.filter((_, at) => at % 4 === 1).map((a) => a.id),
      ['地区/安徽'],
    )
    const edited = articles.filter((_, at) => at % 8 === 1)
    await db.articles.bulkPut(
      edited.map((article, at) => ({
        ...article,
        date: `2023-12-2${String(at)}`,
        title: null,
        tags: ['地区'],
      })),
    )
    await expectSortedAsWhole(db, '地区')
  })

  it('gives the tag lists of an archive from before they held order keys their keys, and lists a tag in order from them', async () => {
    const name = `library-${crypto.randomUUID()}`
    database = openArchiveDatabase(name)
    await database.articles.bulkAdd(variedArticles())
    database.close()
    // The lists as the code before order keys wrote them.
    const plain = new Dexie(name)
    declareSchema(plain)
    await plain
      .table<Record<string, unknown>, string>('tagLists')
      .toCollection()
      .modify((list) => {
        delete list.order
      })
    await plain.table('indexOutbox').clear()
    plain.close()
    database = openArchiveDatabase(name)
    await tagCensus(database).orderKeysFilled()
    await expectSortedAsWhole(database, '地区')
    // Versions unchanged: the search index has nothing to check again at the next start.
    expect(await database.indexOutbox.count()).toBe(0)
  })
})
