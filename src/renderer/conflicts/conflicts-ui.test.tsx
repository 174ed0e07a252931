// The conflicts view in real Chromium on a real archive: both versions of each field side by side,
// drawn as text; taking one settles that field, an article with none left leaves the list, and
// every choice is undone through the history.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { ArchiveHistory } from '../archive/archive-history'
import { freshDatabase } from '../archive/testing'
import { initI18n } from '../i18n/i18n'
import { cleanup, render } from '../testing/render'
import { ConflictsDialog } from './ConflictsDialog'

beforeAll(async () => {
  await initI18n('zh-CN')
})
afterEach(cleanup)

const hostile = '<img src=x onerror="document.title=1">同事的标题'
const article = {
  ...makeArticle('本机改过的标题', paragraphs('本机改过的正文。')),
  conflicts: [
    { field: 'title' as const, theirs: hostile, from: '同事.jsonl', at: 1_700_000_000_000 },
    {
      field: 'blocks' as const,
      theirs: paragraphs('同事改过的正文，第一段。', '第二段。'),
      from: '同事.jsonl',
      at: 1_700_000_000_000,
    },
  ],
  conflicted: 1 as const,
}

describe('ConflictsDialog', () => {
  it('shows both versions as text and settles each field by the user’s choice, undoably', async () => {
    const database = freshDatabase()
    await database.articles.add(article)
    const history = new ArchiveHistory(database)
    await render(
      <ConflictsDialog history={history} onOpen={() => undefined} onClose={() => undefined} />,
    )
    const title = page.getByRole('group', { name: '标题' })
    await expect.element(title).toHaveTextContent('本机改过的标题')
    await expect.element(title).toHaveTextContent(hostile)
    expect(document.querySelector('.conflicts-dialog img')).toBeNull()
    await expect
      .element(page.getByRole('group', { name: '正文' }))
      .toHaveTextContent(/同事改过的正文，第一段。\s*第二段。/)

    await title.getByRole('button', { name: '采用这个' }).click()
    await expect.element(page.getByRole('group', { name: '标题' })).not.toBeInTheDocument()
    expect((await database.articles.get(article.id))?.title).toBe(hostile)

    await page
      .getByRole('group', { name: '正文' })
      .getByRole('button', { name: '保留本机的' })
      .click()
    await expect.element(page.getByText('没有待处理的冲突。')).toBeVisible()
    const settled = await database.articles.get(article.id)
    expect(settled?.blocks).toEqual(article.blocks)
    expect(settled?.conflicts).toBeUndefined()
    expect(await database.articles.where('conflicted').equals(1).count()).toBe(0)

    await history.undo()
    await history.undo()
    expect(await database.articles.get(article.id)).toEqual(article)
  })
})
