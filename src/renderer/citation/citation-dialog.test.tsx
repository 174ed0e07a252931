// The citation dialog in real Chromium with the real citeproc-js and the bundled GB/T 7714
// style: each format previewed as plain text, Copy puts exactly the preview on the clipboard.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { freshDatabase } from '../archive/testing'
import { initI18n } from '../i18n/i18n'
import { cleanup, render } from '../testing/render'
import { CitationDialog } from './CitationDialog'

afterEach(cleanup)

const articles = [
  makeArticle('坚定信心 共克时艰', paragraphs('正文。'), {
    paper: '人民日报',
    date: '2020-05-02',
    page: 1,
    section: '要闻',
    authors: ['张三', '欧阳晓明'],
  }),
  makeArticle('<img src=x onerror=alert(1)>春耕忙', paragraphs('正文。'), {
    paper: '人民日报',
    date: '2020-05-03',
    page: 4,
    section: '经济',
    authors: [],
  }),
]

async function dialog(onCopied = () => undefined) {
  const database = freshDatabase()
  await database.articles.bulkAdd(articles)
  return render(
    <CitationDialog
      api={null}
      database={database}
      articleIds={articles.map((article) => article.id)}
      onCopied={onCopied}
      onSaved={() => undefined}
      onFailed={() => undefined}
      onClose={() => undefined}
    />,
  )
}

const preview = () => page.getByRole('textbox')
const previewText = () => document.querySelector('textarea')?.value ?? ''

describe('CitationDialog', () => {
  it('previews GB/T 7714, the plain style, RIS and CSL-JSON as plain text', async () => {
    await initI18n('zh-CN')
    await dialog()
    await expect
      .element(preview())
      .toHaveValue(
        '张三, 欧阳晓明. 坚定信心 共克时艰[N]. 人民日报, 2020-05-02(1).\n' +
          '<img src=x onerror=alert(1)>春耕忙[N]. 人民日报, 2020-05-03(4).',
      )
    expect(document.querySelector('dialog img')).toBeNull()
    await page.screenshot({
      path: '../../../test-results/citation/citation-dialog-zh.png',
      element: document.querySelector('dialog') ?? undefined,
    })
    await userEvent.click(page.getByRole('radio', { name: '中文简式' }))
    await expect
      .element(preview())
      .toHaveValue('《人民日报》2020年5月2日第1版\n《人民日报》2020年5月3日第4版')
    await userEvent.click(page.getByRole('radio', { name: /RIS/ }))
    await expect.poll(previewText).toMatch(/^TY {2}- NEWS\r?\nTI {2}- 坚定信心 共克时艰/)
    await userEvent.click(page.getByRole('radio', { name: /CSL-JSON/ }))
    await expect.poll(previewText).toMatch(/"type": "article-newspaper"/)
  })

  it('copies the citations in the format shown, and speaks English', async () => {
    await initI18n('en')
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue()
    const onCopied = vi.fn()
    await dialog(onCopied)
    await userEvent.click(page.getByRole('radio', { name: 'Plain Chinese' }))
    await expect.element(page.getByText('2 articles')).toBeVisible()
    await page.screenshot({
      path: '../../../test-results/citation/citation-dialog-en.png',
      element: document.querySelector('dialog') ?? undefined,
    })
    await userEvent.click(page.getByRole('button', { name: 'Copy' }))
    await vi.waitFor(() => {
      expect(onCopied).toHaveBeenCalledOnce()
    })
    expect(writeText).toHaveBeenCalledWith(
      '《人民日报》2020年5月2日第1版\n《人民日报》2020年5月3日第4版',
    )
    writeText.mockRestore()
  })
})
