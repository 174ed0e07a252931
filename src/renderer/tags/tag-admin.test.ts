// Real IndexedDB: the tag tree with counts, rename with descendants, merge, delete and colour.
import { describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import type { TagNode } from '../../core/tags/tree'
import { ArchiveHistory } from '../archive/archive-history'
import { deleteTag, renameTag, setTagColor } from './tag-admin'
import { loadTagTree, loadTagUsage } from './tag-queries'
import { freshDatabase } from '../archive/testing'

const tagged = [
  makeArticle('一', paragraphs('甲。'), { tags: ['地区/湖北/随州', '地区/湖北'] }),
  makeArticle('二', paragraphs('乙。'), { tags: ['地区/湖北/随州', '经济'] }),
  makeArticle('三', paragraphs('丙。'), { tags: ['湖北/随州', '湖北省'] }),
  makeArticle('四', paragraphs('丁。'), { tags: [] }),
]
const records = [
  { name: '地区/湖北', color: '#c03030', createdAt: 1, updatedAt: 1 },
  { name: '地区/湖北/随州', color: null, createdAt: 1, updatedAt: 1 },
  { name: '湖北/随州', color: '#3030c0', createdAt: 1, updatedAt: 1 },
  { name: '湖北省', color: null, createdAt: 1, updatedAt: 1 },
  { name: '经济', color: null, createdAt: 1, updatedAt: 1 },
]

async function setUp() {
  const database = freshDatabase()
  await database.articles.bulkAdd(tagged)
  await database.tags.bulkAdd(records)
  return { database, history: new ArchiveHistory(database) }
}

function shape(nodes: readonly TagNode[]): unknown[] {
  return nodes.map((node) => [node.label, node.count, node.color, shape(node.children)])
}

describe('tag administration', () => {
  it('builds the tree with counts from the database, in pinyin order', async () => {
    const { database } = await setUp()
    expect(shape(await loadTagTree(database))).toEqual([
      ['地区', 2, null, [['湖北', 2, '#c03030', [['随州', 2, null, []]]]]],
      ['湖北', 1, null, [['随州', 1, '#3030c0', []]]],
      ['湖北省', 1, null, []],
      ['经济', 1, null, []],
    ])
    const usage = await loadTagUsage(database)
    expect(usage.find((tag) => tag.name === '地区/湖北/随州')?.count).toBe(2)
  })

  it('renames a parent onto an existing tag: descendants follow, merge keeps colours', async () => {
    const { database, history } = await setUp()
    const outcome = await renameTag(history, '地区/湖北', '湖北', 9)
    expect(outcome).toEqual({ ok: true, merged: ['湖北/随州'], articles: 2 })
    expect((await database.articles.bulkGet(tagged.map((a) => a.id))).map((a) => a?.tags)).toEqual([
      ['湖北/随州', '湖北'],
      ['湖北/随州', '经济'],
      ['湖北/随州', '湖北省'],
      [],
    ])
    expect(await database.tags.toArray()).toEqual([
      { name: '湖北', color: '#c03030', createdAt: 9, updatedAt: 9 },
      { name: '湖北/随州', color: '#3030c0', createdAt: 1, updatedAt: 9 },
      records[3],
      records[4],
    ])
    await history.undo()
    expect(await database.tags.toArray()).toEqual(records)
    expect(await database.articles.bulkGet(tagged.map((a) => a.id))).toEqual(tagged)
  })

  it('refuses bad renames', async () => {
    const { history } = await setUp()
    expect(await renameTag(history, '地区', '地区/全国')).toEqual({
      ok: false,
      error: 'intoItself',
    })
    expect(await renameTag(history, '体育', '运动')).toEqual({ ok: false, error: 'unknownTag' })
    expect(await renameTag(history, '经济', '／')).toEqual({ ok: false, error: 'invalidName' })
    expect(await renameTag(history, '经济', ' 经济 ')).toEqual({
      ok: true,
      merged: [],
      articles: 0,
    })
    expect(history.state.canUndo).toBe(false)
  })

  it('deletes a tag with its subtree; the articles stay; undo restores', async () => {
    const { database, history } = await setUp()
    await deleteTag(history, '地区/湖北', 9)
    expect(await database.articles.count()).toBe(4)
    expect((await database.articles.get(tagged[1]?.id ?? ''))?.tags).toEqual(['经济'])
    expect(await database.tags.toCollection().primaryKeys()).toEqual([
      '湖北/随州',
      '湖北省',
      '经济',
    ])
    await history.undo()
    expect(await database.tags.toArray()).toEqual(records)
    expect(await database.articles.toArray()).toEqual(expect.arrayContaining(tagged))
  })

  it('sets and clears colours, refusing anything but #rrggbb', async () => {
    const { database, history } = await setUp()
    await setTagColor(history, '经济', '#00AA00', 9)
    expect(await database.tags.get('经济')).toEqual({
      ...records[4],
      color: '#00aa00',
      updatedAt: 9,
    })
    await expect(setTagColor(history, '经济', 'red; background: url(x)')).rejects.toThrow(
      RangeError,
    )
    await setTagColor(history, '经济', null, 10)
    expect((await database.tags.get('经济'))?.color).toBeNull()
    await history.undo()
    expect((await database.tags.get('经济'))?.color).toBe('#00aa00')
  })
})
