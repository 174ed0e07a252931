// The tag input of the built app as a keyboard user drives it (WAI-ARIA combobox): typing opens
// the list with its first row highlighted, the arrows move the highlight, Enter adds the
// highlighted tag — not the half-typed text. A screenshot of the open list goes to
// test-results/e2e/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { BrowserHost } from '../../src/browser-host/host'
import { openSampleSession, screenshots } from './app-session'
import type { AppSession } from './app-session'

let session: AppSession
let host: BrowserHost

beforeAll(async () => {
  session = await openSampleSession()
  host = session.host
})

afterAll(async () => {
  await session.close()
})

const library = (page: Page) => page.getByRole('listbox', { name: '文章库' }).getByRole('option')
const tagInput = (page: Page) => page.getByRole('combobox', { name: '为选中的 1 篇文章添加标签' })
const articleTags = (page: Page) =>
  page.locator('.reader-tools').getByRole('list', { name: '标签' }).locator('.tag-chip span')

describe('the tag input', () => {
  it('adds the tag highlighted with ArrowDown on Enter, not the text typed', async () => {
    const { page } = host
    await library(page).nth(0).click()
    // Two tags to choose from, added with the button: the text exactly as typed.
    await tagInput(page).fill('地区/湖北/武汉，地区/湖南/长沙')
    await page
      .locator('.reader-tools')
      .getByRole('button', { name: '添加标签', exact: true })
      .click()
    await expect.poll(() => articleTags(page).allTextContents()).toHaveLength(2)

    await library(page).nth(1).click()
    const input = tagInput(page)
    await input.pressSequentially('地区/湖')
    const options = page.locator('.reader-tools').getByRole('option')
    await expect
      .poll(() => options.allTextContents())
      .toEqual(['地区/湖北/武汉 1', '地区/湖南/长沙 1', '新建标签“地区/湖”'])
    expect(await input.getAttribute('aria-expanded')).toBe('true')
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true')

    await input.press('ArrowDown')
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true')
    expect(await input.getAttribute('aria-activedescendant')).toBe(
      await options.nth(1).getAttribute('id'),
    )
    await page.screenshot({ path: join(screenshots, 'tag-autocomplete.png') })
    await input.press('Enter')
    await expect.poll(() => articleTags(page).allTextContents()).toEqual(['地区/湖南/长沙'])
    expect(await input.inputValue()).toBe('')
    expect(await input.getAttribute('aria-expanded')).toBe('false')
    const tree = page.getByRole('tree', { name: '标签' })
    await expect
      .poll(() => tree.getByRole('treeitem', { name: '地区/湖南/长沙' }).textContent())
      .toContain('2')
    expect(await tree.getByRole('treeitem', { name: '地区/湖', exact: true }).count()).toBe(0)
  })

  it('takes the first row on Enter alone, and the text as typed after Esc', async () => {
    const { page } = host
    await library(page).nth(2).click()
    const input = tagInput(page)
    await input.pressSequentially('湖北')
    await expect
      .poll(() => page.locator('.reader-tools').getByRole('option').first().textContent())
      .toBe('地区/湖北/武汉 1')
    await input.press('Enter')
    await expect.poll(() => articleTags(page).allTextContents()).toEqual(['地区/湖北/武汉'])

    await input.pressSequentially('湖北')
    await input.press('Escape')
    expect(await input.getAttribute('aria-expanded')).toBe('false')
    await input.press('Enter')
    await expect.poll(() => articleTags(page).allTextContents()).toEqual(['地区/湖北/武汉', '湖北'])
  })
})
