// Real IndexedDB: the tag census follows every kind of write exactly — imports, tagging, undo,
// deletes, a cleared table — and leaves out writes that failed or were rolled back. It hears of
// a write when its transaction has committed, just after the write's own promise settles.
import { describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { countTags } from '../../core/tags/counts'
import { ArchiveHistory } from '../archive/archive-history'
import { freshDatabase } from '../archive/testing'
import type { ArchiveDatabase } from '../db/database'
import { tagCensus } from './tag-census'
import { readyCensus } from './tag-queries'
import { addTags } from './tagging'

const article = (title: string, tags: string[]) =>
  makeArticle(title, paragraphs('正文。'), { tags })

/** What a full recount of the archive says, to compare the census with. */
async function recount(database: ArchiveDatabase) {
  const counts = countTags((await database.articles.toArray()).map((a) => a.tags))
  return { own: [...counts.own].sort(), total: [...counts.total].sort() }
}

function censusCounts(database: ArchiveDatabase) {
  const { counts } = tagCensus(database).state
  return { own: [...counts.own].sort(), total: [...counts.total].sort() }
}

describe('the tag census', () => {
  it('counts what is stored, then follows imports, tagging, undo and deletes without a recount', async () => {
    const database = freshDatabase()
    await database.articles.bulkAdd([article('一', ['地区/湖北']), article('二', [])])
    await readyCensus(database)
    await expect.poll(() => censusCounts(database)).toEqual(await recount(database))

    const imported = [article('三', ['地区/湖北/随州', '地区/湖北']), article('四', ['经济'])]
    await database.articles.bulkAdd(imported)
    await expect.poll(() => censusCounts(database)).toEqual(await recount(database))
    expect(tagCensus(database).state.counts.total.get('地区')).toBe(2)

    const history = new ArchiveHistory(database)
    const ids = (await database.articles.toCollection().primaryKeys()).slice(0, 3)
    await addTags(history, ids, ['专题/乡村振兴'])
    await expect.poll(() => censusCounts(database)).toEqual(await recount(database))
    await history.undo()
    await expect.poll(() => censusCounts(database)).toEqual(await recount(database))

    await database.articles.delete(imported[0]?.id ?? '')
    await expect.poll(() => censusCounts(database)).toEqual(await recount(database))
    await database.articles.clear()
    await expect.poll(() => tagCensus(database).state.counts.own.size).toBe(0)
  })

  it('leaves out a rolled-back transaction and the records a bulk write failed on', async () => {
    const database = freshDatabase()
    const kept = article('一', ['民生'])
    await database.articles.add(kept)
    await readyCensus(database)
    await expect(
      database.transaction('rw', database.articles, async () => {
        await database.articles.put(article('二', ['体育']))
        throw new Error('cancelled')
      }),
    ).rejects.toThrow('cancelled')
    // The same id again fails; the new article beside it is stored.
    await expect(
      database.articles.bulkAdd([{ ...kept, tags: ['改过'] }, article('三', ['文化'])]),
    ).rejects.toThrow()
    await expect.poll(() => censusCounts(database)).toEqual(await recount(database))
    expect(tagCensus(database).state.counts.own.has('体育')).toBe(false)
  })
})
