// The search index's outbox in real IndexedDB (Chromium): every committed write of articles or
// their tags names the articles and their new versions, in the write's own transaction.
import { afterEach, describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { openArchiveDatabase } from './database'
import type { ArchiveDatabase } from './database'

let database: ArchiveDatabase | null = null
afterEach(async () => {
  database?.close()
  await database?.delete()
  database = null
})

const cold = makeArticle('青禾县新建冷库', paragraphs('冷库容量三千吨。'), { updatedAt: 5 })
const kitchen = makeArticle('石桥村共享厨房开张', paragraphs('老人吃上午饭。'), { updatedAt: 6 })

async function changes(db: ArchiveDatabase) {
  const rows = await db.indexOutbox.toArray()
  return rows.map((row) => row.changes)
}

describe('the search index outbox', () => {
  it('names the articles every write stored, retagged or deleted, with their versions', async () => {
    const db = (database = openArchiveDatabase(`outbox-${crypto.randomUUID()}`))
    await db.articles.bulkAdd([cold, kitchen])
    await db.tagLists.update(cold.id, { tags: ['经济'], updatedAt: 9 })
    await db.articles.delete(kitchen.id)
    expect(await changes(db)).toEqual([
      [
        [cold.id, 5],
        [kitchen.id, 6],
      ],
      [[cold.id, 9]],
      [[kitchen.id, null]],
    ])
  })

  it('says everything may have changed when the archive is cleared', async () => {
    const db = (database = openArchiveDatabase(`outbox-${crypto.randomUUID()}`))
    await db.articles.bulkAdd([cold])
    await db.articles.clear()
    expect((await changes(db)).at(-1)).toBeNull()
  })

  it('keeps nothing of a write that failed', async () => {
    const db = (database = openArchiveDatabase(`outbox-${crypto.randomUUID()}`))
    const failed = db.transaction('rw', db.articles, async () => {
      await db.articles.add(cold)
      throw new Error('disk full')
    })
    await expect(failed).rejects.toThrow('disk full')
    expect(await db.articles.count()).toBe(0)
    expect(await changes(db)).toEqual([])
  })

  it('names no article whose write was refused', async () => {
    const db = (database = openArchiveDatabase(`outbox-${crypto.randomUUID()}`))
    await db.articles.add(cold)
    await db.transaction('rw', db.articles, async () => {
      // The first is already stored: its add is refused, the batch's other article lands.
      await db.articles.bulkAdd([{ ...cold, updatedAt: 99 }, kitchen]).catch(() => undefined)
    })
    expect(await db.articles.get(cold.id)).toEqual(cold)
    expect((await changes(db)).at(-1)).toEqual([[kitchen.id, 6]])
  })
})
