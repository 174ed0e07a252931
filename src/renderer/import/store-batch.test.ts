// Real IndexedDB in Chromium: a batch lands whole, and the same article never lands twice.
import { afterEach, describe, expect, it } from 'vitest'
import type { ImportedArticle } from '../../shared/api/contract'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { openArchiveDatabase } from '../db/database'
import type { ArchiveDatabase } from '../db/database'
import { readSourceLines } from '../db/source-text'
import { storeImportedBatch } from './store-batch'

function article(title: string, text: string, file = 'page.txt'): ImportedArticle {
  const stored = makeArticle(title, paragraphs(text), {
    source: { file, encoding: 'utf-8', offset: 0 },
  })
  const { tags, importedAt, updatedAt, ...imported } = stored
  return imported
}

let database: ArchiveDatabase | null = null
afterEach(async () => {
  await database?.delete()
  database = null
})

describe('storeImportedBatch', () => {
  it('stores a batch and reads back identical articles, newest-first order giving page order', async () => {
    database = openArchiveDatabase(`test-${crypto.randomUUID()}`)
    const batch = [
      article('青禾县新建冷库', '冷库容量三千吨。'),
      article('石桥村共享厨房', '老人三元吃午饭。'),
    ]
    const stored = await storeImportedBatch(database, batch, 1000)
    expect(stored).toMatchObject({ duplicates: 0 })
    const back = await database.articles.bulkGet(batch.map((item) => item.id))
    expect(back).toEqual(
      batch.map((item, index) => ({
        ...item,
        tags: [],
        importedAt: 1000 - index / 1000,
        updatedAt: 1000 - index / 1000,
      })),
    )
    const newestFirst = await database.articles.orderBy('importedAt').reverse().primaryKeys()
    expect(newestFirst).toEqual(batch.map((item) => item.id))
  })

  it('keeps one copy of an article imported again from another file, with its tags', async () => {
    database = openArchiveDatabase(`test-${crypto.randomUUID()}`)
    const first = article('青禾县新建冷库', '冷库容量三千吨。', 'a.txt')
    await storeImportedBatch(database, [first], 1000)
    await database.articles.update(first.id, { tags: ['地区/青禾'] })
    const again = article('青禾县新建冷库', '冷库容量\n三千吨。', 'b-gbk.txt')
    const stored = await storeImportedBatch(database, [again, again], 2000)
    expect(stored.added).toEqual([])
    expect(stored.duplicates).toBe(2)
    expect(await database.articles.count()).toBe(1)
    expect(await database.articles.get(first.id)).toMatchObject({
      tags: ['地区/青禾'],
      importedAt: 1000,
    })
  })

  it('keeps the page text of the batch’s files with its articles, and replaces it on re-import', async () => {
    database = openArchiveDatabase(`test-${crypto.randomUUID()}`)
    const page = '青禾县新建冷库\n\n冷库容量三千吨。\n'
    await storeImportedBatch(database, [article('青禾县新建冷库', '冷库容量三千吨。')], 1000, [
      { file: 'page.txt', text: page },
    ])
    expect(await readSourceLines(database, 'page.txt')).toEqual(page.split('\n'))
    await storeImportedBatch(database, [], 2000, [{ file: 'page.txt', text: '新的文字\n' }])
    expect(await readSourceLines(database, 'page.txt')).toEqual(['新的文字', ''])
    expect(await readSourceLines(database, 'other.txt')).toBeNull()
  })
})
