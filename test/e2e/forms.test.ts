// The app's forms at 1280×800 and at 200 % zoom (the same page laid out in 640×400 CSS pixels):
// the correction form puts each label above a full-width input, so a long headline is seen
// whole; the tag rename box gives its input the room and keeps 确定 and 取消 on one line each, as
// the toolbar keeps its buttons.
// Screenshots of both sizes go to test-results/e2e/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import type { BrowserHost } from '../../src/browser-host/host'
import { openSampleSession, screenshots } from './app-session'
import type { AppSession } from './app-session'

let session: AppSession
let host: BrowserHost

beforeAll(async () => {
  session = await openSampleSession()
  host = session.host
  const { page } = host
  await page.getByRole('listbox', { name: '文章库' }).getByRole('option').first().click()
  // A tag to rename, added with the button.
  await page.getByRole('combobox', { name: '为选中的 1 篇文章添加标签' }).fill('扶贫')
  await page.getByRole('button', { name: '添加标签', exact: true }).click()
})

afterAll(async () => {
  await session.close()
})

async function box(locator: Locator) {
  const found = await locator.boundingBox()
  if (found === null) throw new Error('The element is not shown.')
  return found
}

/** Its text on one line: a button wrapped one character per line is taller than it is wide. */
async function onOneLine(locator: Locator): Promise<boolean> {
  const { width, height } = await box(locator)
  return height < width
}

async function checkForms(page: Page, label: string): Promise<void> {
  for (const name of ['导入', '打印']) {
    const button = page.locator('.toolbar').getByRole('button', { name, exact: true })
    expect(await onOneLine(button)).toBe(true)
  }
  await page.getByRole('button', { name: '编辑' }).click()
  const form = page.getByRole('form', { name: '更正文章' })
  const headline = form.getByLabel('标题')
  const formBox = await box(form)
  const inputBox = await box(headline)
  expect(inputBox.width).toBeGreaterThan(formBox.width * 0.85)
  const labelText = form.locator('label', { hasText: '标题' })
  expect((await box(labelText)).y).toBeLessThan(inputBox.y)
  await page.screenshot({ path: join(screenshots, `edit-form-${label}.png`) })
  await form.getByRole('button', { name: '取消' }).click()

  const tree = page.getByRole('tree', { name: '标签' })
  await tree.getByRole('treeitem', { name: '扶贫' }).getByRole('button', { name: '重命名' }).click()
  const rename = tree.locator('.tag-rename')
  for (const name of ['确定', '取消'])
    expect(await onOneLine(rename.getByRole('button', { name }))).toBe(true)
  expect((await box(rename.getByRole('textbox'))).width).toBeGreaterThan(80)
  await page.screenshot({ path: join(screenshots, `tag-rename-${label}.png`) })
  await rename.getByRole('button', { name: '取消' }).click()
}

describe('forms', () => {
  it('lay out label above input and keep buttons whole at 1280×800', async () => {
    await host.page.setViewportSize({ width: 1280, height: 800 })
    await checkForms(host.page, '1280x800')
  })

  it('do the same at 200 % zoom', async () => {
    await host.page.setViewportSize({ width: 640, height: 400 })
    await checkForms(host.page, 'zoom-200')
  })
})
