// The duplicates view and the backup reminder in real Chromium on a real archive.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { ArticleEditForm } from './ArticleEditForm'
import { BackupReminderBanner } from './BackupReminderBanner'
import { recordBackupDone } from './backup-reminder'
import { DuplicatesView } from './DuplicatesView'
import { ArchiveHistory } from './history'
import { freshDatabase } from './testing'
import { initI18n } from '../i18n/i18n'
import { cleanup, render } from '../testing/render'

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

describe('BackupReminderBanner', () => {
  it('reminds when changes are not backed up and goes away after a backup', async () => {
    const database = freshDatabase()
    const DAY = 86_400_000
    await database.articles.add(
      makeArticle('一', paragraphs('甲。'), { importedAt: DAY, updatedAt: 2 * DAY }),
    )
    await recordBackupDone(database, DAY)
    const onBackUp = vi.fn()
    await render(
      <BackupReminderBanner database={database} onBackUp={onBackUp} now={() => 20 * DAY} />,
    )
    await expect.element(page.getByRole('alert')).toHaveTextContent('上次备份已是 19 天前')
    await page.getByRole('button', { name: '立即备份' }).click()
    expect(onBackUp).toHaveBeenCalledOnce()
    await recordBackupDone(database, 20 * DAY)
    await expect.element(page.getByRole('alert')).not.toBeInTheDocument()
  })
})

describe('ArticleEditForm', () => {
  it('saves corrected metadata, refuses a bad date, and the edit can be undone', async () => {
    const database = freshDatabase()
    const article = makeArticle('青禾县新建冷库', paragraphs('冷库容量三千吨。'), {
      authors: ['林晓雨'],
    })
    await database.articles.add(article)
    const history = new ArchiveHistory(database)
    await render(<ArticleEditForm history={history} article={article} />)
    await page.getByLabelText('日期（年-月-日）').fill('2024-02-30')
    await page.getByRole('button', { name: '保存' }).click()
    await expect.element(page.getByRole('status')).toHaveTextContent('日期格式应为')
    await page.getByLabelText('日期（年-月-日）').fill('2024-02-29')
    await page.getByLabelText('标题').fill('青禾县新建大型冷库')
    await page.getByLabelText('作者（用逗号分隔）').fill('林晓雨，周泽')
    await page.getByLabelText('版次').fill('3')
    await page.getByRole('button', { name: '保存' }).click()
    await expect.element(page.getByRole('status')).toHaveTextContent('已保存')
    expect(await database.articles.get(article.id)).toMatchObject({
      title: '青禾县新建大型冷库',
      date: '2024-02-29',
      page: 3,
      authors: ['林晓雨', '周泽'],
      kicker: null,
    })
    await history.undo()
    expect(await database.articles.get(article.id)).toEqual(article)
  })
})
