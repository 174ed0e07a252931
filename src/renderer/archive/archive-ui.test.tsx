// The correction form in real Chromium on a real archive.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { ArticleEditForm } from './ArticleEditForm'
import { ArchiveHistory } from './archive-history'
import { freshDatabase } from './testing'
import { initI18n } from '../i18n/i18n'
import { cleanup, render } from '../testing/render'

beforeAll(async () => {
  await initI18n('zh-CN')
})
afterEach(cleanup)

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
