// Notes and highlights through the built app: words selected in the reader are highlighted with
// a note, found by 笔记: and by the plain search, kept on their words through a headline and body
// correction, kept (and said so) when their words are removed, brought back by undo, and listed
// across the archive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { BrowserHost } from '../../src/browser-host/host'
import { openAppSession, screenshots } from './app-session'
import type { AppSession } from './app-session'

let session: AppSession
let host: BrowserHost

beforeAll(async () => {
  session = await openAppSession()
  ;({ host } = session)
})

afterAll(async () => {
  await session.close()
})

/** Selects `words` in the reader's text as a user dragging over them would. */
async function selectWords(page: Page, words: string): Promise<void> {
  const script = `(() => {
    const words = ${JSON.stringify(words)}
    for (const part of document.querySelectorAll('.reader [data-part]')) {
      const at = part.textContent.indexOf(words)
      if (at < 0) continue
      const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT)
      let offset = 0, start = null, end = null
      while (walker.nextNode()) {
        const node = walker.currentNode, length = node.data.length
        if (start === null && at < offset + length) start = [node, at - offset]
        if (end === null && at + words.length <= offset + length) end = [node, at + words.length - offset]
        offset += length
      }
      const range = document.createRange()
      range.setStart(start[0], start[1])
      range.setEnd(end[0], end[1])
      const selection = document.getSelection()
      selection.removeAllRanges()
      selection.addRange(range)
      return true
    }
    return false
  })()`
  expect(await page.evaluate(script)).toBe(true)
}

const marked = (page: Page) =>
  page.evaluate<string[]>(
    "[...document.querySelectorAll('.reader .note-mark')].map((mark) => mark.textContent)",
  )

async function editArticle(page: Page, edit: (body: string) => string, title?: string) {
  await page.getByRole('button', { name: '编辑', exact: true }).click()
  const form = page.getByRole('form', { name: '更正文章' })
  if (title !== undefined) await form.getByLabel('标题', { exact: true }).fill(title)
  const body = form.getByLabel('正文')
  await body.fill(edit(await body.inputValue()))
  await form.getByRole('button', { name: '保存' }).click()
  await expect.poll(() => form.count()).toBe(0)
}

describe('notes and highlights', () => {
  it('starts from the sample archive with a story open', async () => {
    const { page } = host
    await page.getByRole('button', { name: '导入示例档案' }).click()
    await expect.poll(() => page.locator('.article-count').textContent()).toBe('共 5 篇文章')
    await page
      .getByRole('status', { name: '导入完成' })
      .getByRole('button', { name: '关闭' })
      .click()
    await page.getByRole('searchbox', { name: '搜索' }).fill('合作社理事长')
    await page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first().click()
    await expect.poll(() => page.locator('.reader-title').textContent()).toContain('老茶园')
    // The searched words marked in the story: its text will not be drawn again under a selection.
    await expect
      .poll(() => page.locator('.reader mark').filter({ hasText: '合作社理事长' }).count())
      .toBeGreaterThan(0)
  })

  it('highlights selected words with a note that search finds', async () => {
    const { page } = host
    await selectWords(page, '每亩每年六百元')
    const bar = page.getByRole('toolbar', { name: '高亮所选文字' })
    await expect.poll(() => bar.count()).toBe(1)
    await page.screenshot({ path: join(screenshots, 'notes-bar.png') })
    await bar.getByRole('button', { name: '写笔记' }).click()
    const editor = page.getByRole('textbox', { name: '笔记内容' })
    await editor.fill('核实流转价格')
    await editor.press('Control+Enter')
    await expect.poll(() => marked(page)).toEqual(['每亩每年六百元'])
    const notes = page.getByRole('region', { name: '笔记' })
    await expect.poll(() => notes.textContent()).toContain('「每亩每年六百元」核实流转价格')

    const search = page.getByRole('searchbox', { name: '搜索' })
    const results = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option')
    await search.fill('笔记:流转价格')
    await expect.poll(() => results.count()).toBe(1)
    await search.fill('核实流转价格')
    await expect.poll(() => results.count()).toBe(1)
    await search.fill('标题:核实流转价格')
    await expect.poll(() => page.getByText('没有找到').count()).toBeGreaterThan(0)
    await search.fill('合作社理事长')
    await results.first().click()
    await expect.poll(() => marked(page)).toEqual(['每亩每年六百元'])
  })

  it('keeps the highlight on its words through a headline and body correction', async () => {
    const { page } = host
    await editArticle(
      page,
      (body) => `新增导语：茶园流转情况调查。\n${body.replace('合作社理事长', '合作社负责人')}`,
      '青禾县老茶园长出新产业',
    )
    await expect
      .poll(() => page.locator('.reader-title').textContent())
      .toBe('青禾县老茶园长出新产业')
    await expect.poll(() => marked(page)).toEqual(['每亩每年六百元'])
    const notes = page.getByRole('region', { name: '笔记' })
    expect(await notes.getByRole('note').count()).toBe(0)
    await page.screenshot({ path: join(screenshots, 'notes-reader.png') })
  })

  it('keeps a note whose words were removed, says so, and undo re-attaches it', async () => {
    const { page } = host
    await editArticle(page, (body) =>
      body.replace(/[^\n]*每亩每年六百元[^\n]*/u, '这一段全部改写，原来的说法已经删去。'),
    )
    const notes = page.getByRole('region', { name: '笔记' })
    await expect.poll(() => notes.getByRole('note').textContent()).toContain('找不到这段文字')
    expect(await marked(page)).toEqual([])
    await expect.poll(() => notes.textContent()).toContain('核实流转价格')
    await page.keyboard.press('Control+z')
    await expect.poll(() => marked(page)).toEqual(['每亩每年六百元'])
    expect(await notes.getByRole('note').count()).toBe(0)
  })

  it('highlights with the shortcut and lists every note of the archive', async () => {
    const { page } = host
    await selectWords(page, '云岭春芽')
    await page.keyboard.press('Control+Shift+H')
    await expect.poll(() => marked(page)).toContain('云岭春芽')
    await page.getByRole('button', { name: '为全文写笔记' }).click()
    const articleNote = page.getByRole('textbox', { name: '全文笔记内容' })
    await articleNote.fill('下周回访合作社')
    await page.getByRole('region', { name: '笔记' }).getByRole('button', { name: '保存' }).click()
    await expect.poll(() => page.locator('.reader-notes .note-item').count()).toBe(3)

    await page.getByRole('searchbox', { name: '搜索' }).fill('')
    await page.keyboard.press('Control+Shift+N')
    const dialog = page.getByRole('dialog', { name: '全部笔记' })
    const items = dialog.getByRole('listitem')
    await expect.poll(() => items.count()).toBe(3)
    await page.screenshot({ path: join(screenshots, 'notes-all.png') })
    await dialog.getByRole('searchbox').fill('回访')
    await expect.poll(() => items.count()).toBe(1)
    await items.getByRole('button').click()
    await expect.poll(() => dialog.count()).toBe(0)
    await expect
      .poll(() => page.locator('.reader-title').textContent())
      .toBe('青禾县老茶园长出新产业')
  })

  it('speaks English too', async () => {
    const { page } = host
    await page.getByRole('combobox', { name: '语言' }).selectOption('en')
    const notes = page.getByRole('region', { name: 'Notes' })
    await expect.poll(() => notes.textContent()).toContain('Note on the whole article')
    await page.keyboard.press('Control+Shift+N')
    const dialog = page.getByRole('dialog', { name: 'All Notes' })
    await expect.poll(() => dialog.getByRole('listitem').count()).toBe(3)
    await page.screenshot({ path: join(screenshots, 'notes-all-en.png') })
    await dialog.getByRole('button', { name: 'Close' }).click()
    await selectWords(page, '云岭春芽')
    await expect
      .poll(() => page.getByRole('toolbar', { name: 'Highlight selection' }).count())
      .toBe(1)
    await page.screenshot({ path: join(screenshots, 'notes-reader-en.png') })
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN')
  })
})
