// Real IndexedDB: tagging one or many articles, ten thousand in one action, and undo.
import { describe, expect, it } from 'vitest'
import type { Article } from '../../shared/article'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { ArchiveHistory } from '../archive/archive-history'
import { addTags, removeTags, TAGGING_CHUNK } from './tagging'
import type { TaggingProgress } from './tagging'
import { freshDatabase, recordChanges } from '../archive/testing'

function manyArticles(count: number): Article[] {
  return Array.from({ length: count }, (_, index) =>
    makeArticle(`第${index}号简讯`, paragraphs(`青禾县第${index}项民生工程完工。`), {
      tags: index % 2 === 0 ? ['民生'] : [],
    }),
  )
}

describe('addTags and removeTags', () => {
  it('adds normalised tags, creates their records and announces the articles', async () => {
    const database = freshDatabase()
    const [a, b] = manyArticles(2)
    if (a === undefined || b === undefined) throw new Error('no articles')
    await database.articles.bulkAdd([a, b])
    const events = recordChanges(database)
    const history = new ArchiveHistory(database)
    await addTags(history, [a.id, b.id], [' 地区／青禾 ', '民生'], { now: 77 })
    expect((await database.articles.get(a.id))?.tags).toEqual(['民生', '地区/青禾'])
    expect(await database.articles.get(b.id)).toEqual({
      ...b,
      tags: ['地区/青禾', '民生'],
      updatedAt: 77,
    })
    expect(await database.tags.toArray()).toEqual([
      { name: '地区/青禾', color: null, createdAt: 77, updatedAt: 77 },
      { name: '民生', color: null, createdAt: 77, updatedAt: 77 },
    ])
    expect(events).toEqual([['retagged', [a.id, b.id]]])
    await history.undo()
    expect(await database.articles.bulkGet([a.id, b.id])).toEqual([a, b])
    expect(await database.tags.count()).toBe(0)
  })

  it('removes tags from the articles only, and does nothing when nothing matches', async () => {
    const database = freshDatabase()
    const [a] = manyArticles(1)
    if (a === undefined) throw new Error('no article')
    await database.articles.add(a)
    await database.tags.add({ name: '民生', color: '#c03030', createdAt: 1, updatedAt: 1 })
    const history = new ArchiveHistory(database)
    expect(await removeTags(history, [a.id], ['体育'])).toBeNull()
    await removeTags(history, [a.id], ['民生'], { now: 5 })
    expect((await database.articles.get(a.id))?.tags).toEqual([])
    expect(await database.tags.count()).toBe(1)
  })

  it('tags 10,000 selected articles in one action with progress', async () => {
    const database = freshDatabase()
    const articles = manyArticles(10_000)
    await database.articles.bulkAdd(articles)
    const history = new ArchiveHistory(database)
    const progress: TaggingProgress[] = []
    const started = performance.now()
    const change = await addTags(
      history,
      articles.map((a) => a.id),
      ['专题/乡村振兴'],
      {
        onProgress: (step) => progress.push(step),
      },
    )
    const elapsed = performance.now() - started
    console.info(`tagged 10,000 articles in ${Math.round(elapsed)} ms`)
    expect(change?.edits).toHaveLength(10_000)
    expect(await database.tagLists.where('tags').equals('专题/乡村振兴').count()).toBe(10_000)
    expect(await database.tagLists.where('tags').equals('民生').count()).toBe(5_000)
    expect(progress).toHaveLength(10_000 / TAGGING_CHUNK)
    expect(progress.at(-1)).toEqual({ done: 10_000, total: 10_000 })
    const undoStarted = performance.now()
    await history.undo()
    console.info(`undid it in ${Math.round(performance.now() - undoStarted)} ms`)
    expect(await database.tagLists.where('tags').equals('专题/乡村振兴').count()).toBe(0)
  })

  /** Tags 3 chunks while the storage refuses the third (as a full disk does) and, when
   * `staysFull`, every write after it, taking back included. */
  async function taggingOnFullDisk(staysFull: boolean) {
    const database = freshDatabase()
    const articles = manyArticles(3 * TAGGING_CHUNK)
    await database.articles.bulkAdd(articles)
    const history = new ArchiveHistory(database)
    const bulkPut = database.tagLists.bulkPut.bind(database.tagLists)
    let writes = 0
    database.tagLists.bulkPut = ((...args: Parameters<typeof bulkPut>) => {
      writes++
      if (writes === 3) return Promise.reject(new DOMException('full', 'QuotaExceededError'))
      if (writes > 3 && staysFull) return Promise.reject(new Error('the backend went away'))
      return bulkPut(...args)
    }) as typeof bulkPut
    const tagging = addTags(
      history,
      articles.map((a) => a.id),
      ['专题/乡村振兴'],
    )
    await expect(tagging).rejects.toMatchObject({ code: 'quotaExceeded' })
    database.tagLists.bulkPut = bulkPut
    return { database, articles, history }
  }

  it('takes a tagging back whole when the disk fills up part way, leaving the undo line as it was', async () => {
    const { database, articles, history } = await taggingOnFullDisk(false)
    expect(await database.articles.bulkGet(articles.map((a) => a.id))).toEqual(articles)
    expect(await database.tags.count()).toBe(0)
    expect(history.state.canUndo).toBe(false)
  })

  it('tells the full disk, not a failure of taking back, when the disk stays full', async () => {
    const { history } = await taggingOnFullDisk(true)
    expect(history.state.canUndo).toBe(false)
  })
})
