// The search index's life in real IndexedDB (Chromium): built from the archive, saved as
// chunks, restored at the next start instead of rebuilt and caught up with what changed since,
// rebuilt when corrupt, and updated at once when articles change.
import { afterEach, describe, expect, it } from 'vitest'
import { exportIndex, MANIFEST_KEY, SearchEngine, searchDocFromArticle } from '../../core/search'
import type { Article } from '../../shared/article'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { openArchiveDatabase } from '../db/database'
import { writeAtVersion } from '../db/testing/migration-harness'
import type { ArchiveDatabase } from '../db/database'
import type { IndexProgress } from './index-store'
import { applyArticleChanges, openSearchIndex, saveSearchIndex } from './index-store'

function article(title: string, body: string, date: string): Article {
  return makeArticle(title, paragraphs(...body.split('\n')), {
    date,
    page: 3,
    section: null,
    importedAt: 1,
    updatedAt: 1,
  })
}

const articles = [
  article('青禾县新建冷链仓库', '柳塘镇冷库容量三千吨。\n果农错峰销售梨子。', '2024-03-15'),
  article('石桥村共享厨房开张', '老人每天三元吃上午饭。', '2024-03-16'),
  article('云岭春芽品牌打响', '茶园连片，县里注册区域公用品牌“云岭春芽”。', '2023-11-02'),
]

let database: ArchiveDatabase | null = null
afterEach(async () => {
  database?.close()
  await database?.delete()
  database = null
})

/** Opens the index as the worker does, and saves what it says it needs. */
async function open(db: ArchiveDatabase) {
  const phases: IndexProgress['phase'][] = []
  const opened = await openSearchIndex(
    db,
    (progress) => phases.push(progress.phase),
    () => undefined,
    (engine, all) => saveSearchIndex(db, engine, { all }),
  )
  if (opened.save !== 'none')
    await saveSearchIndex(db, opened.engine, { all: opened.save === 'all' })
  return { engine: opened.engine, phases, save: opened.save }
}

const ids = (engine: SearchEngine, query: string) => {
  const result = engine.search(query)
  return result.ok ? result.ids : []
}

describe('the stored search index', () => {
  it('is built from the archive once, then restored at the next start instead of rebuilt', async () => {
    database = openArchiveDatabase(`search-${crypto.randomUUID()}`)
    await database.articles.bulkAdd(articles)
    const first = await open(database)
    expect(first.phases).toContain('rebuilding')
    expect(ids(first.engine, '冷库')).toEqual([articles[0]?.id])
    expect(await database.searchChunks.get(MANIFEST_KEY)).toBeDefined()

    const second = await open(database)
    expect(second.phases).not.toContain('rebuilding')
    expect(second.save).toBe('none')
    expect(ids(second.engine, '冷库')).toEqual([articles[0]?.id])
    expect(ids(second.engine, '云嶺')).toEqual([articles[2]?.id])
  })

  it('catches up with what changed after its last save, without a rebuild', async () => {
    database = openArchiveDatabase(`search-${crypto.randomUUID()}`)
    await database.articles.bulkAdd(articles.slice(0, 2))
    const first = await open(database)
    const [cold, kitchen, late] = articles
    if (cold === undefined || kitchen === undefined || late === undefined)
      throw new Error('fixture')
    // Stored, edited and deleted while their messages to the index were on the way, and the
    // window closed before the index followed.
    await database.articles.add(late)
    await database.articles.update(cold.id, { title: '柳塘镇冷链仓库投用', updatedAt: 2 })
    await database.articles.delete(kitchen.id)
    expect(ids(first.engine, '云岭')).toEqual([])

    const second = await open(database)
    expect(second.phases).not.toContain('rebuilding')
    expect(second.save).toBe('changed')
    expect(ids(second.engine, '云岭')).toEqual([late.id])
    expect(ids(second.engine, '投用')).toEqual([cold.id])
    expect(ids(second.engine, '厨房')).toEqual([])
    // Saved once caught up: the next start has nothing to redo.
    expect((await open(database)).save).toBe('none')
  })

  it('saves a big catch-up before it says it is ready, so the next start has nothing to redo', async () => {
    database = openArchiveDatabase(`search-${crypto.randomUUID()}`)
    await database.articles.bulkAdd(articles)
    await open(database)
    // An import the index never heard of, the window closed before it caught up.
    const imported = Array.from({ length: 1200 }, (_, n) =>
      article(`第${String(n)}号简讯`, `柳塘镇第${String(n)}号冷库开工。`, '2024-04-01'),
    )
    await database.articles.bulkAdd(imported)
    const caughtUp = await open(database)
    expect(caughtUp.phases).not.toContain('rebuilding')
    expect(caughtUp.save).toBe('none')
    expect(ids(caughtUp.engine, '"第1199号冷库"')).toEqual([imported[1199]?.id])
    const next = await open(database)
    expect(next.save).toBe('none')
    expect(next.engine.size).toBe(1203)
  })

  it('is rebuilt when a chunk is corrupt', async () => {
    database = openArchiveDatabase(`search-${crypto.randomUUID()}`)
    await database.articles.bulkAdd(articles)
    await open(database)
    const keys = (await database.searchChunks.toCollection().primaryKeys()).filter(
      (key) => key !== MANIFEST_KEY,
    )
    await database.searchChunks.update(keys[0] ?? '', { data: new Uint8Array([1, 2, 3]) })
    const corrupt = await open(database)
    expect(corrupt.phases).toContain('rebuilding')
    expect(ids(corrupt.engine, '冷库')).toEqual([articles[0]?.id])
  })

  it('follows edits and deletions at once, and saves them', async () => {
    database = openArchiveDatabase(`search-${crypto.randomUUID()}`)
    await database.articles.bulkAdd(articles)
    const { engine } = await open(database)
    const [cold, kitchen] = articles
    if (cold === undefined || kitchen === undefined) throw new Error('fixture')
    await database.articles.update(cold.id, { title: '柳塘镇冷链仓库投用', updatedAt: 2 })
    await database.articles.delete(kitchen.id)
    await applyArticleChanges(database, engine, [cold.id, kitchen.id])
    expect(ids(engine, '投用')).toEqual([cold.id])
    expect(ids(engine, '厨房')).toEqual([])
    await saveSearchIndex(database, engine)
    const reopened = await open(database)
    expect(reopened.phases).not.toContain('rebuilding')
    expect(ids(reopened.engine, '投用')).toEqual([cold.id])
    expect(ids(reopened.engine, '厨房')).toEqual([])
  })
  it('keeps in its outbox only the writes its saves do not hold, and catches up from them', async () => {
    database = openArchiveDatabase(`search-${crypto.randomUUID()}`)
    await database.articles.bulkAdd(articles)
    const { engine } = await open(database)
    expect(await database.indexOutbox.count()).toBe(0)
    const [cold, kitchen] = articles
    if (cold === undefined || kitchen === undefined) throw new Error('fixture')
    // One edit the index followed and saved, one it never heard of before the window closed.
    await database.articles.update(cold.id, { title: '柳塘镇冷链仓库投用', updatedAt: 2 })
    await applyArticleChanges(database, engine, [cold.id])
    await database.articles.update(kitchen.id, { title: '石桥村共享厨房扩建', updatedAt: 3 })
    await saveSearchIndex(database, engine)
    const left = await database.indexOutbox.toArray()
    expect(left.flatMap((row) => row.changes ?? [])).toEqual([[kitchen.id, 3]])

    const reopened = await open(database)
    expect(reopened.phases).not.toContain('rebuilding')
    expect(ids(reopened.engine, '扩建')).toEqual([kitchen.id])
    expect(ids(reopened.engine, '投用')).toEqual([cold.id])
    expect(await database.indexOutbox.count()).toBe(0)
    expect((await open(database)).save).toBe('none')
  })

  it('checks every article at the first start of an archive from before the outbox', async () => {
    const name = `search-${crypto.randomUUID()}`
    const [cold, kitchen, late] = articles
    if (cold === undefined || kitchen === undefined || late === undefined)
      throw new Error('fixture')
    // Version 7 saved its index before its last article was indexed, and said so nowhere.
    const engine = new SearchEngine()
    engine.add(searchDocFromArticle(cold))
    engine.add(searchDocFromArticle(kitchen))
    const untagged = (item: Article) => ({ ...item, tags: undefined })
    await writeAtVersion(name, 7, {
      articles: [cold, kitchen, late].map(untagged),
      tagLists: [cold, kitchen, late].map((item) => ({ id: item.id, tags: [], updatedAt: 1 })),
      searchChunks: exportIndex(engine, { all: true }).put,
    })
    database = openArchiveDatabase(name)
    const started = await open(database)
    expect(started.phases).not.toContain('rebuilding')
    expect(ids(started.engine, '云岭')).toEqual([late.id])
    expect(await database.indexOutbox.count()).toBe(0)
  })
})
