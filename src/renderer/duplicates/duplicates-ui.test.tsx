// The duplicates view in real Chromium on a real archive: keep one of two pages' copies.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { ArchiveHistory } from '../archive/archive-history'
import { freshDatabase } from '../archive/testing'
import { initI18n } from '../i18n/i18n'
import { cleanup, render } from '../testing/render'
import { DuplicatesView } from './DuplicatesView'

beforeAll(async () => {
  await initI18n('zh-CN')
})
afterEach(cleanup)

const story = [
  '青禾县冷链物流园一期工程正式投入使用，园区新建冷库容量三千吨，可满足全县果蔬错峰销售需要。',
  '据县商务局介绍，园区采用分区温控设计，蔬菜、水果和肉类分库存放，每个库房都装有实时监测设备。',
]

describe('DuplicatesView', () => {
  it('lists the same story on two pages and keeps one, carrying the tags over', async () => {
    const database = freshDatabase()
    const a = makeArticle('冷链物流园投用', paragraphs(...story), { page: 2, tags: ['经济'] })
    const b = makeArticle('冷链物流园投用了', paragraphs(...story), {
      page: 5,
      tags: ['地区/青禾'],
    })
    await database.articles.bulkAdd([a, b, makeArticle('另一篇', paragraphs('完全不同的内容。'))])
    await render(<DuplicatesView database={database} history={new ArchiveHistory(database)} />)
    const group = page.getByRole('article', { name: '2 篇相同或相近的文章' })
    await expect.element(group).toHaveTextContent('内容完全相同')
    await group.getByRole('listitem').first().getByRole('button', { name: '保留这篇' }).click()
    await expect.element(page.getByText('没有发现重复或近似重复的文章。')).toBeVisible()
    expect(await database.articles.count()).toBe(2)
    const kept = (await database.articles.bulkGet([a.id, b.id])).filter((x) => x !== undefined)
    expect(kept.map((x) => [...x.tags].sort())).toEqual([['地区/青禾', '经济']])
  })
})
