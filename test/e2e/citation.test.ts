// 引用… in the built app on the sample archive: the GB/T 7714 reference of an article the way
// citeproc-js renders it, the RIS file 导出… saves read back by a RIS parser field by field, and
// the dialog for a selection in both languages (screenshots to test-results/e2e/).
import { plugins } from '@citation-js/core'
import '@citation-js/plugin-ris'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BrowserHost } from '../../src/browser-host/host'
import { openAppSession, screenshots } from './app-session'
import type { AppSession } from './app-session'

let session: AppSession
let host: BrowserHost

beforeAll(async () => {
  session = await openAppSession()
  host = session.host
  const { page } = host
  await page.getByRole('button', { name: '导入示例档案' }).click()
  const finished = page.getByRole('status', { name: '导入完成' })
  await finished.waitFor({ timeout: 60_000 })
  await finished.getByRole('button', { name: '关闭' }).click()
})

afterAll(async () => {
  await session.close()
})

const library = () => host.page.getByRole('listbox', { name: '文章库' }).getByRole('option')

describe('citations', () => {
  it('cites the open article in GB/T 7714 and exports RIS that parses back field by field', async () => {
    const { page } = host
    await library().filter({ hasText: '老茶园' }).click()
    await page.locator('.reader').getByRole('button', { name: '引用…' }).click()
    const dialog = page.getByRole('dialog', { name: '引用' })
    await expect
      .poll(() => dialog.getByRole('textbox').inputValue())
      .toBe('林晓舟, 顾南星. 青禾县：老茶园里长出“新产业”[N]. 青禾日报, 2024-03-15(3).')

    await dialog.getByRole('radio', { name: /RIS/ }).check()
    const target = join(session.profileDir, '引用.ris')
    session.answers.savePath.push(target)
    await dialog.getByRole('button', { name: '导出…' }).click()
    await expect.poll(() => page.locator('.notice-bar').textContent()).toContain(target)
    expect(session.suggested.at(-1)).toBe('引用-1篇.ris')

    const [record, ...rest] = plugins.input.chain(await readFile(target, 'utf8'), {
      generateGraph: false,
    })
    expect(rest).toEqual([])
    expect(record).toMatchObject({
      type: 'article-newspaper',
      title: '青禾县：老茶园里长出“新产业”',
      reporter: ['林, 晓舟', '顾, 南星'],
      'container-title': '青禾日报',
      issued: { 'date-parts': [[2024]] },
      page: '3',
      section: '城乡经济',
    })
    await dialog.getByRole('button', { name: '关闭' }).click()
  })

  it('cites a selection, in Chinese and in English', async () => {
    const { page } = host
    await library().nth(0).click()
    await library()
      .nth(2)
      .click({ modifiers: ['Shift'] })
    await page
      .getByRole('toolbar', { name: '所选文章' })
      .getByRole('button', { name: '引用…' })
      .click()
    const dialog = page.getByRole('dialog', { name: '引用' })
    await expect
      .poll(async () => (await dialog.getByRole('textbox').inputValue()).split('\n'))
      .toHaveLength(3)
    // Shift+click also selects the rows' text; the screenshot shows the dialog, not that.
    await page.evaluate(() => {
      const view = globalThis as unknown as { getSelection(): { removeAllRanges(): void } | null }
      view.getSelection()?.removeAllRanges()
    })
    await page.screenshot({ path: join(screenshots, 'citation-dialog-zh.png') })
    await dialog.getByRole('button', { name: '关闭' }).click()

    await page.getByRole('combobox', { name: '语言' }).selectOption('en')
    await page
      .getByRole('toolbar', { name: 'Selected articles' })
      .getByRole('button', { name: 'Cite…' })
      .click()
    const english = page.getByRole('dialog', { name: 'Cite' })
    await english.getByRole('radio', { name: 'Plain Chinese' }).check()
    await expect
      .poll(() => english.getByRole('textbox').inputValue())
      .toContain('《青禾日报》2024年3月15日第3版')
    await page.screenshot({ path: join(screenshots, 'citation-dialog-en.png') })
    await english.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN')
  })
})
