// Real IndexedDB: corrections, their undo and redo, exactly restoring what was there.
import { describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import {
  deleteArticles,
  editArticleFields,
  mergeArticleWithNext,
  splitArticleAt,
} from './article-edits'
import { ArchiveHistory } from './archive-history'
import { freshDatabase, recordChanges } from './testing'
import { fieldsOf } from '../../shared/article'

const first = makeArticle('石桥村共享厨房开张', paragraphs('老人三元吃午饭。', '村里出资装修。'), {
  tags: ['民生'],
})
const second = makeArticle('志愿者轮流掌勺', paragraphs('每天两荤一素。'), { tags: ['志愿服务'] })

async function setUp() {
  const database = freshDatabase()
  await database.articles.bulkAdd([first, second])
  return { database, history: new ArchiveHistory(database), events: recordChanges(database) }
}

describe('article edits with undo', () => {
  it('edits the headline, undoes and redoes, announcing each change', async () => {
    const { database, history, events } = await setUp()
    const result = await editArticleFields(
      history,
      first.id,
      { title: '石桥村共享厨房正式开张' },
      50,
    )
    expect(result.ok).toBe(true)
    expect(await database.articles.get(first.id)).toEqual({
      ...first,
      title: '石桥村共享厨房正式开张',
      updatedAt: 50,
      base: fieldsOf(first),
    })
    expect(history.state).toMatchObject({ canUndo: true, nextUndo: 'edit' })
    await history.undo()
    expect(await database.articles.get(first.id)).toEqual(first)
    await history.redo()
    expect((await database.articles.get(first.id))?.title).toBe('石桥村共享厨房正式开张')
    expect(events).toEqual([
      ['updated', [first.id]],
      ['updated', [first.id]],
      ['updated', [first.id]],
    ])
  })

  it('refuses a bad date and a missing article without recording anything', async () => {
    const { history } = await setUp()
    expect(await editArticleFields(history, first.id, { date: '2024-13-01' })).toEqual({
      ok: false,
      error: 'invalidDate',
    })
    expect(await editArticleFields(history, 'a-missing-id', { title: '新' })).toEqual({
      ok: false,
      error: 'notFound',
    })
    expect(history.state.canUndo).toBe(false)
  })

  it('merges with the next article under a new id; undo brings both back exactly', async () => {
    const { database, history, events } = await setUp()
    const result = await mergeArticleWithNext(history, first.id, second.id, 60)
    const merged = result.ok ? result.change?.after[0] : undefined
    expect(merged?.tags).toEqual(['民生', '志愿服务'])
    expect(await database.articles.toCollection().primaryKeys()).toEqual([merged?.id])
    expect(events).toEqual([
      ['deleted', [first.id, second.id]],
      ['added', [merged?.id]],
    ])
    await history.undo()
    expect(await database.articles.bulkGet([first.id, second.id])).toEqual([first, second])
    expect(await database.articles.count()).toBe(2)
  })

  it('splits at a paragraph; undo restores the original', async () => {
    const { database, history } = await setUp()
    const result = await splitArticleAt(history, first.id, 1, 70)
    expect(result.ok && result.change?.after.map((a) => a.blocks.length)).toEqual([1, 1])
    expect(await database.articles.count()).toBe(3)
    await history.undo()
    expect(await database.articles.get(first.id)).toEqual(first)
    expect(await database.articles.count()).toBe(2)
  })

  it('a split whose half is already stored records it, so undo puts it back', async () => {
    const { database, history } = await setUp()
    const merged = await mergeArticleWithNext(new ArchiveHistory(database), first.id, second.id, 60)
    const mergedId = merged.ok ? (merged.change?.after[0]?.id ?? '') : ''
    const stale = { ...second, tags: ['旧标签'], updatedAt: 5 }
    await database.articles.add(stale)
    await splitArticleAt(history, mergedId, 2, 80)
    expect((await database.articles.get(second.id))?.updatedAt).toBe(80)
    await history.undo()
    expect(await database.articles.get(second.id)).toEqual(stale)
    expect(await database.articles.get(mergedId)).toBeDefined()
  })

  it('deletes with undo', async () => {
    const { database, history, events } = await setUp()
    await deleteArticles(history, [first.id, second.id, 'unknown'])
    expect(await database.articles.count()).toBe(0)
    await history.undo()
    expect(await database.articles.bulkGet([first.id, second.id])).toEqual([first, second])
    expect(events).toEqual([
      ['deleted', [first.id, second.id]],
      ['added', [first.id, second.id]],
    ])
  })

  it('refuses to undo over an edit made elsewhere meanwhile, writing nothing', async () => {
    const { database, history } = await setUp()
    await editArticleFields(history, first.id, { title: '甲' }, 50)
    await database.articles.update(first.id, { title: '另一个窗口改的', updatedAt: 99 })
    await expect(history.undo()).rejects.toMatchObject({ code: 'conflict' })
    expect((await database.articles.get(first.id))?.title).toBe('另一个窗口改的')
    expect(history.state.canUndo).toBe(true)
  })
})
