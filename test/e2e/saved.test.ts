// Saved searches and collections through the built app: a search saved under a name counts what
// matches live and marks what arrived since it was last opened; a collection holds articles in
// the user's order; both come back from a backup restored into an empty archive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserHost } from '../../src/browser-host/host'
import { importFolder, openAppSession, screenshots } from './app-session'
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

async function importText(name: string, text: string): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'newsroom-saved-'))
  await writeFile(join(folder, name), text)
  await importFolder(session, folder, '新增 1 篇')
}

describe('saved searches and collections', () => {
  it('starts from the sample archive', async () => {
    const { page } = host
    await page.getByRole('button', { name: '导入示例档案' }).click()
    await expect.poll(() => page.locator('.article-count').textContent()).toBe('共 5 篇文章')
    const finished = page.getByRole('status', { name: '导入完成' })
    await finished.getByRole('button', { name: '关闭' }).click()
  })

  it('saves a search whose count follows an import and marks what is new until it is opened', async () => {
    const { page } = host
    const search = page.getByRole('searchbox', { name: '搜索' })
    await search.fill('冷库')
    const results = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option')
    await expect.poll(() => results.count()).toBe(1)
    await page.getByRole('button', { name: '保存搜索' }).click()
    await page.getByLabel('搜索名称').fill('冷链跟踪')
    await page.getByRole('button', { name: '保存', exact: true }).click()
    const saved = page.getByRole('list', { name: '已存搜索' }).getByRole('listitem')
    await expect.poll(() => saved.textContent()).toContain('冷链跟踪1 篇')
    await search.fill('')

    await importText(
      '冷库.txt',
      '\n\n柳塘镇新建冷库投用\n\n本报讯 柳塘镇第二座冷库昨日投入使用，可储存果蔬五百吨。\n',
    )
    await expect.poll(() => saved.textContent()).toContain('冷链跟踪2 篇新 1')
    await page.screenshot({ path: join(screenshots, 'saved-search-new.png') })

    await saved.getByRole('button', { name: '打开“冷链跟踪”' }).click()
    expect(await search.inputValue()).toBe('冷库')
    await expect.poll(() => results.count()).toBe(2)
    await expect.poll(() => saved.textContent()).not.toContain('新')
    await search.fill('')
  })

  it('keeps articles in a collection in the user’s order, moved and removed there', async () => {
    const { page } = host
    const rows = page.getByRole('listbox', { name: '文章库' }).getByRole('option')
    // Covered by the search results, the library read nothing: back, it shows the import.
    await expect.poll(() => rows.count()).toBe(6)
    await rows.nth(0).click()
    await rows.nth(2).click({ modifiers: ['Control'] })
    const first = (await rows.nth(0).locator('.row-title').textContent()) ?? ''
    const third = (await rows.nth(2).locator('.row-title').textContent()) ?? ''
    const bar = page.getByRole('toolbar', { name: '所选文章' })
    await bar.getByLabel('把所选文章加入专题集').selectOption({ label: '新建专题集…' })
    await bar.getByLabel('新专题集名称').fill('冬储专题')
    await bar.getByRole('button', { name: '保存', exact: true }).click()
    const collections = page.getByRole('list', { name: '专题集' }).getByRole('listitem')
    await expect.poll(() => collections.textContent()).toContain('冬储专题2 篇')

    await collections.getByRole('button', { name: '打开“冬储专题”' }).click()
    const titles = () => rows.locator('.row-title').allTextContents()
    await expect.poll(titles).toEqual([first, third])
    await rows.nth(1).click()
    await page
      .getByRole('toolbar', { name: '专题集' })
      .getByRole('button', { name: '上移' })
      .click()
    await expect.poll(titles).toEqual([third, first])
    await page.screenshot({ path: join(screenshots, 'collection.png') })
    await page
      .getByRole('toolbar', { name: '专题集' })
      .getByRole('button', { name: '移出专题集' })
      .click()
    await expect.poll(titles).toEqual([first])
    await expect.poll(() => collections.textContent()).toContain('冬储专题1 篇')
    await page.getByRole('button', { name: '退出专题集“冬储专题”' }).click()
    await expect.poll(() => rows.count()).toBe(6)
  })

  it('shows the panel in English too', async () => {
    const { page } = host
    await page.getByRole('combobox', { name: '语言' }).selectOption('en')
    const panel = page.getByRole('region', { name: 'Saved searches and collections' })
    await expect.poll(() => panel.textContent()).toContain('冬储专题1 article')
    await page.screenshot({ path: join(screenshots, 'saved-panel-en.png') })
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN')
    await expect.poll(() => panel.count()).toBe(0)
  })
})
