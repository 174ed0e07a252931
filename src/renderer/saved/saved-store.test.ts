// Real IndexedDB: saved searches and collections travel with a backup into another archive, and
// a tampered one in a colleague's file is not believed.
import { describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { freshDatabase } from '../archive/testing'
import { exportArchiveBlob } from '../backup/backup-export'
import { restoreArchive, textSource } from '../backup/backup-restore'
import {
  collectionArticles,
  createCollection,
  listCollections,
  listSavedSearches,
  saveSearch,
} from './saved-store'

describe('saved searches and collections in the archive', () => {
  it('come back from a backup restored into an empty archive, articles in their order', async () => {
    const source = freshDatabase()
    const [a, b, c] = ['冷库', '茶园', '梨园'].map((title) =>
      makeArticle(title, paragraphs('正文。')),
    )
    if (a === undefined || b === undefined || c === undefined) throw new Error('no articles')
    await source.articles.bulkAdd([a, b, c])
    const saved = await saveSearch(source, '冷链跟踪', '冷库 OR 冷链', 'newest', 7)
    const collection = await createCollection(source, '冬储专题', [c.id, a.id], 8)
    const text = await (await exportArchiveBlob(source)).text()

    const target = freshDatabase()
    await restoreArchive(target, textSource(text))
    expect(await listSavedSearches(target)).toEqual([saved])
    expect(await listCollections(target)).toEqual([collection])
    // An article deleted since is left out; the order stays.
    await target.articles.delete(c.id)
    expect(await collectionArticles(target, collection)).toEqual([a.id])
  })

  it('leaves out a saved search or collection in the wrong shape', async () => {
    const database = freshDatabase()
    await database.settings.bulkPut([
      {
        key: 'savedSearch.x',
        value: { id: 'x', name: '<b>', query: '冷库', sort: 'DROP', createdAt: 1, seenAt: 1 },
      },
      {
        key: 'collection.y',
        value: { id: 'y', name: '专题', articleIds: 'all', createdAt: 1, updatedAt: 1 },
      },
    ])
    expect(await listSavedSearches(database)).toEqual([])
    expect(await listCollections(database)).toEqual([])
  })
})
