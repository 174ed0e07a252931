// Real IndexedDB: the duplicates view's groups, keep / merge with undo, and dismissing a group.
import { describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { loadDuplicateGroups, dismissDuplicateGroup, resolveDuplicateGroup } from './duplicates'
import { ArchiveHistory } from '../archive/archive-history'
import { freshDatabase } from '../archive/testing'

const body = [
  '五月六日上午，青禾县冷链物流园一期工程正式投入使用，园区新建冷库容量三千吨，可满足全县果蔬错峰销售需要。',
  '据县商务局介绍，园区采用分区温控设计，蔬菜、水果和肉类分库存放，每个库房都装有实时监测设备。',
  '柳湾村种植户陈大姐说，往年桃子熟了只能当天卖掉，如今存进冷库，可以等到行情好的时候再出手。',
]
const onPage2 = makeArticle('冷链物流园投用', paragraphs(...body), { tags: ['经济'], page: 2 })
const onPage5 = makeArticle(
  '青禾冷链物流园投入使用',
  paragraphs(...body.map((p) => p.replaceAll('，', ','))),
  {
    tags: ['地区/青禾'],
    page: 5,
    authors: ['林晓雨'],
  },
)
const unrelated = makeArticle(
  '小学运动会',
  paragraphs('青禾县第一小学举行春季运动会，八百多名学生参加跳绳和拔河。'),
)

describe('duplicates view data', () => {
  it('groups the same story on two pages and resolves it with undo', async () => {
    const database = freshDatabase()
    await database.articles.bulkAdd([onPage2, onPage5, unrelated])
    const groups = await loadDuplicateGroups(database)
    expect(groups.map((group) => group.articles.map((a) => a.page).sort())).toEqual([[2, 5]])
    const history = new ArchiveHistory(database)
    await resolveDuplicateGroup(history, groups[0]?.ids ?? [], onPage2.id, 'merge', 9)
    expect(await database.articles.count()).toBe(2)
    expect(await database.articles.get(onPage2.id)).toMatchObject({
      tags: ['经济', '地区/青禾'],
      authors: ['林晓雨'],
    })
    await history.undo()
    expect(await database.articles.bulkGet([onPage2.id, onPage5.id])).toEqual([onPage2, onPage5])
  })

  it('does not offer a dismissed group again', async () => {
    const database = freshDatabase()
    await database.articles.bulkAdd([onPage2, onPage5])
    const [group] = await loadDuplicateGroups(database)
    if (group === undefined) throw new Error('expected a group')
    await dismissDuplicateGroup(database, group)
    expect(await loadDuplicateGroups(database)).toEqual([])
  })

  it('finds them in a worker, which a cancel stops', async () => {
    const database = freshDatabase()
    await database.articles.bulkAdd([onPage2, onPage5, unrelated])
    const controller = new AbortController()
    const cancelled = loadDuplicateGroups(database, controller.signal)
    controller.abort()
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' })
    // The next search starts a fresh worker and is not disturbed by the one stopped.
    expect(await loadDuplicateGroups(database)).toHaveLength(1)
  })
})
