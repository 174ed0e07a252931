// Tags stored apart from their articles, in real IndexedDB: every reader still sees whole
// articles, a tagging writes only tag lists, and the two never come apart.
import { Dexie, liveQuery } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import type { Article } from '../../shared/article'
import { declareSchema, openArchiveDatabase } from './database'
import type { ArchiveDatabase } from './database'

let database: ArchiveDatabase
let name = ''

beforeEach(() => {
  name = `tag-lists-${crypto.randomUUID()}`
  database = openArchiveDatabase(name)
})

afterEach(async () => {
  database.close()
  await Dexie.delete(name)
})

/** The articles table as IndexedDB holds it, read without the app's layers. */
async function storedRecords(): Promise<Record<string, unknown>[]> {
  const plain = new Dexie(name)
  declareSchema(plain)
  try {
    return (await plain.table('articles').toArray()) as Record<string, unknown>[]
  } finally {
    plain.close()
  }
}

const first = makeArticle('冷库建成投用', paragraphs('冷库容量三千吨。'), {
  tags: ['地区/青禾', '经济'],
  updatedAt: 10,
})
const second = makeArticle('春耕备耕', paragraphs('农机下田。'), { tags: [], updatedAt: 20 })

describe('tags stored apart from their articles', () => {
  it('keeps the text out of the tag lists and the tags out of the articles, and reads both back whole', async () => {
    await database.articles.bulkPut([first, second])
    const stored = await storedRecords()
    expect(stored).toHaveLength(2)
    for (const record of stored) expect(record).not.toHaveProperty('tags')
    // With the keys the library's orders index the article by, as stored (headline as its key).
    const stored1 = stored.find((record) => record.id === first.id)
    expect(await database.tagLists.get(first.id)).toEqual({
      id: first.id,
      tags: ['地区/青禾', '经济'],
      updatedAt: 10,
      order: {
        importedAt: first.importedAt,
        date: first.date,
        titleKey: stored1?.titleKey,
        paper: first.paper,
        page: first.page,
      },
    })
    expect(stored1?.titleKey).toEqual(expect.any(String))
    expect(await database.articles.get(first.id)).toEqual(first)
    expect(await database.articles.bulkGet([second.id, first.id])).toEqual([second, first])
    // An index read backwards (冷库 after 春耕 in pinyin order).
    expect(await database.articles.orderBy('titleKey').reverse().toArray()).toEqual([first, second])
    const seen: Article[] = []
    await database.articles.each((article) => {
      seen.push(article)
    })
    expect(seen).toHaveLength(2)
    expect(seen).toContainEqual(first)
  })

  it('shows a tagging to every reader, with the tagging’s time as the article’s version', async () => {
    await database.articles.bulkPut([first, second])
    await database.tagLists.put({ id: second.id, tags: ['民生'], updatedAt: 30 })
    const tagged = { ...second, tags: ['民生'], updatedAt: 30 }
    expect(await database.articles.get(second.id)).toEqual(tagged)
    expect(
      await database.articles
        .where('date')
        .equals(second.date ?? '')
        .toArray(),
    ).toContainEqual(tagged)
    expect(await database.tagLists.where('tags').equals('民生').primaryKeys()).toEqual([second.id])
    // Writing the whole article again writes its tag list with it.
    await database.articles.put({ ...tagged, title: '春耕备耕忙', tags: [], updatedAt: 40 })
    expect(await database.tagLists.where('tags').equals('民生').count()).toBe(0)
    expect((await database.articles.get(second.id))?.updatedAt).toBe(40)
  })

  it('deletes an article’s tag list with it, and clears both', async () => {
    await database.articles.bulkPut([first, second])
    await database.articles.delete(first.id)
    expect(await database.tagLists.get(first.id)).toBeUndefined()
    expect(await database.tagLists.count()).toBe(1)
    await database.articles.clear()
    expect(await database.tagLists.count()).toBe(0)
  })

  it('counts and lists the articles (read from their tag lists) exactly as they are stored', async () => {
    const third = makeArticle('夏粮入仓', paragraphs('收购价稳定。'), { tags: ['经济'] })
    await database.articles.bulkAdd([first, second, third])
    await database.articles.delete(second.id)
    const ids = [first.id, third.id].sort()
    expect(await database.articles.count()).toBe(2)
    expect(await database.articles.toCollection().primaryKeys()).toEqual(ids)
    expect(await database.articles.where(':id').above(ids[0]).primaryKeys()).toEqual([ids[1]])
    expect(await database.articles.orderBy(':id').reverse().limit(1).primaryKeys()).toEqual([
      ids[1],
    ])
    expect((await storedRecords()).map((record) => record.id).sort()).toEqual(ids)
    await database.articles.clear()
    expect(await database.articles.count()).toBe(0)
  })

  it('leaves the tag list of an article an add refused, and writes nothing of an aborted transaction', async () => {
    await database.articles.add(first)
    await expect(database.articles.add({ ...first, tags: ['体育'] })).rejects.toThrow()
    expect((await database.articles.get(first.id))?.tags).toEqual(['地区/青禾', '经济'])
    await expect(
      database.transaction('rw', database.articles, async () => {
        await database.articles.put({ ...first, tags: ['体育'], updatedAt: 50 })
        throw new Error('disk full')
      }),
    ).rejects.toThrow('disk full')
    expect(await database.articles.get(first.id)).toEqual(first)
  })

  it('keeps a live query of a page’s articles whole as they are edited and tagged', async () => {
    await database.articles.bulkPut([first, second])
    const seen: string[][] = []
    const file = first.source.file
    const subscription = liveQuery(() =>
      database.articles.where('source.file').equals(file).toArray(),
    ).subscribe((articles) => {
      seen.push(articles.map((article) => `${article.title ?? ''}:${article.tags.join('+')}`))
    })
    try {
      await expect.poll(() => seen.length).toBe(1)
      await database.transaction('rw', database.articles, async () => {
        await database.articles.put({ ...first, title: '冷库建成' })
      })
      await expect.poll(() => seen.at(-1)).toContain('冷库建成:地区/青禾+经济')
      await database.tagLists.put({ id: first.id, tags: ['民生'], updatedAt: 70 })
      await expect.poll(() => seen.at(-1)).toContain('冷库建成:民生')
    } finally {
      subscription.unsubscribe()
    }
  })

  it('wakes a live query of an article when only its tags change', async () => {
    await database.articles.put(first)
    const seen: (string[] | undefined)[] = []
    const subscription = liveQuery(() => database.articles.get(first.id)).subscribe((article) => {
      seen.push(article?.tags)
    })
    try {
      await expect.poll(() => seen.length).toBe(1)
      await database.tagLists.put({ id: first.id, tags: ['民生'], updatedAt: 60 })
      await expect.poll(() => seen.at(-1)).toEqual(['民生'])
    } finally {
      subscription.unsubscribe()
    }
  })
})
