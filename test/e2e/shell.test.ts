// The built app, driven through the browser host: the real renderer and the real main-process
// handlers together. Screenshots are saved under test-results/ for review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserHost } from '../../src/browser-host/host'
import { encodeLegacy } from '../../src/core/import/testing/encode-legacy'
import { appRoot, openAppSession, screenshots } from './app-session'
import type { AppSession } from './app-session'

let session: AppSession
let host: BrowserHost
let profileDir: string

beforeAll(async () => {
  session = await openAppSession()
  ;({ host, profileDir } = session)
})

afterAll(async () => {
  await session.close()
})

describe('the application shell', () => {
  it('greets a new user in Chinese and offers the sample archive', async () => {
    const { page } = host
    await expect
      .poll(() => page.locator('h2#first-run-title').textContent())
      .toBe('欢迎使用新闻档案')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    await expect
      .poll(() => page.getByRole('button', { name: '导入示例档案' }).isVisible())
      .toBe(true)
    await page.screenshot({ path: join(screenshots, 'first-run-zh-CN.png') })
  })

  it('switches to English and back, remembering the choice in main', async () => {
    const { page } = host
    await page.getByRole('combobox', { name: '语言' }).selectOption('en')
    await expect
      .poll(() => page.locator('h2#first-run-title').textContent())
      .toBe('Welcome to Newsroom Archive')
    await page.screenshot({ path: join(screenshots, 'first-run-en.png') })
    const settings = await page.evaluate(() =>
      (
        globalThis as unknown as { newsroom: { getSettings(): Promise<unknown> } }
      ).newsroom.getSettings(),
    )
    expect(settings).toEqual({ locale: 'en' })
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN')
    await expect
      .poll(() => page.locator('h2#first-run-title').textContent())
      .toBe('欢迎使用新闻档案')
  })

  it('says why there is nothing to print, and offers sorting only once there are results', async () => {
    const { page } = host
    expect(await page.getByRole('combobox', { name: '搜索结果排序' }).count()).toBe(0)
    await page.getByRole('button', { name: '打印', exact: true }).click()
    await expect.poll(() => page.locator('.notice-bar').textContent()).toContain('没有要打印的文章')
    await page.locator('.notice-bar').getByRole('button', { name: '关闭提示' }).click()
  })

  it('refuses API calls with bad arguments with a typed error, not a crash', async () => {
    const message = await host.page.evaluate(async () => {
      const api = (globalThis as unknown as { newsroom: { setLocale(l: string): Promise<void> } })
        .newsroom
      try {
        await api.setLocale('fr')
        return 'accepted'
      } catch (error) {
        return String(error)
      }
    })
    expect(message).toContain('bad-arguments')
  })

  it('imports the sample archive and shows library, reader and tags', async () => {
    const { page } = host
    await page.getByRole('button', { name: '导入示例档案' }).click()
    const rows = page.getByRole('listbox', { name: '文章库' }).getByRole('option')
    await expect.poll(() => rows.count()).toBe(5)
    const finished = page.getByRole('status', { name: '导入完成' })
    await expect.poll(() => finished.isVisible()).toBe(true)
    await rows.filter({ hasText: '冷链仓库' }).click()
    await expect.poll(() => page.locator('.reader-title').textContent()).toContain('冷链仓库')
    expect(await page.locator('.reader-byline').textContent()).toContain('叶知秋')
    await expect.poll(() => page.getByRole('heading', { name: '标签' }).isVisible()).toBe(true)
    await page.screenshot({ path: join(screenshots, 'library-reader.png') })
  })

  it('selects several articles with Shift/Ctrl-click and the keyboard', async () => {
    const { page } = host
    const list = page.getByRole('listbox', { name: '文章库' })
    const rows = list.getByRole('option')
    await rows.nth(0).click()
    await rows.nth(2).click({ modifiers: ['Shift'] })
    const bar = page.getByRole('toolbar', { name: '所选文章' })
    await expect.poll(() => bar.textContent()).toContain('已选择 3 篇')
    await rows.nth(4).click({ modifiers: ['Control'] })
    await expect.poll(() => bar.textContent()).toContain('已选择 4 篇')
    await list.press('Control+a')
    await expect.poll(() => bar.textContent()).toContain('已选择 5 篇')
    await page.screenshot({ path: join(screenshots, 'library-selection.png') })
    await bar.getByRole('button', { name: '取消选择' }).click()
    await expect.poll(() => bar.count()).toBe(0)
  })

  it('finds articles as the user types and marks the hits', async () => {
    const { page } = host
    await page.getByRole('searchbox', { name: '搜索' }).fill('冷库')
    const results = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option')
    await expect.poll(() => results.count()).toBe(1)
    await expect.poll(() => page.locator('.search-status').textContent()).toMatch(/共 1 篇/)
    expect(await results.first().locator('mark').first().textContent()).toBe('冷库')
    // Traditional characters find simplified text; OR joins alternatives.
    await page.getByRole('searchbox', { name: '搜索' }).fill('隨州 OR 茶园')
    await expect.poll(() => results.first().textContent()).toContain('茶园')
    expect(await results.count()).toBe(1)
    await results.first().click()
    await expect.poll(() => page.locator('.reader-body mark').count()).toBeGreaterThan(1)
    const hits = page.getByRole('group', { name: '命中位置' })
    await hits.getByRole('button', { name: '下一处' }).click()
    await expect.poll(() => hits.textContent()).toMatch(/第 1 \/ \d+ 处/)
    expect(await page.locator('mark.current-hit').count()).toBe(1)
    await page.screenshot({ path: join(screenshots, 'search.png') })
    await page.getByRole('searchbox', { name: '搜索' }).fill('标题:"')
    await expect.poll(() => page.getByRole('alert').textContent()).toBeTruthy()
    // Clearing the search shows the library as it was, not a list read anew: the library's
    // "arranging" status, shown whenever it reads its order, never appears on the way back.
    const library = page.getByRole('listbox', { name: '文章库' }).getByRole('option')
    expect(await library.count()).toBe(0)
    // Page script as text: the e2e tests compile without the DOM's types.
    await page.evaluate(`
      globalThis.__arranging = false
      new MutationObserver(() => {
        if (document.body.textContent.includes('正在整理文章库')) globalThis.__arranging = true
      }).observe(document.body, { childList: true, subtree: true, characterData: true })
    `)
    await page.getByRole('searchbox', { name: '搜索' }).fill('')
    await expect.poll(() => library.count()).toBe(5)
    expect(await page.evaluate('globalThis.__arranging')).toBe(false)
  })

  it('prints the search results: the preview shows the laid-out pages, Save as PDF writes them', async () => {
    const { page } = host
    await page.getByRole('searchbox', { name: '搜索' }).fill('青禾')
    const results = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option')
    await expect.poll(() => results.count()).toBeGreaterThan(2)
    expect(await page.getByRole('combobox', { name: '搜索结果排序' }).count()).toBe(1)
    await page.getByRole('button', { name: '打印', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: '打印预览' })
    await expect
      .poll(() => dialog.getByRole('status').textContent(), { timeout: 30_000 })
      .toMatch(/共 \d+ 版/)
    await page.screenshot({ path: join(screenshots, 'print-preview.png') })
    const target = join(profileDir, '青禾 剪报.pdf')
    session.answers.savePath.push(target)
    await dialog.getByRole('button', { name: '存为 PDF…' }).click()
    await expect
      .poll(() => dialog.locator('.print-outcome').textContent(), { timeout: 60_000 })
      .toBe(`已存为 ${target}`)
    // The suggested name says what the file holds: the sample's paper, date and first page.
    expect(session.suggested.at(-1)).toBe('青禾日报-2024-03-15-第1版.pdf')
    const pdf = await readFile(target)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    await dialog.getByRole('button', { name: '关闭' }).click()
    await page.getByRole('searchbox', { name: '搜索' }).fill('')
  })

  it('imports a GBK file with the paper and date set for the batch, and says which encoding it found', async () => {
    const { page } = host
    const folder = await mkdtemp(join(tmpdir(), 'newsroom-gbk-'))
    const text =
      '\n\n桃溪乡草莓喜获丰收\n\n本报讯(通讯员 方小禾)眼下正值草莓上市旺季,桃溪乡五百多个大棚日均采摘鲜果约十吨。\n'
    await writeFile(join(folder, '稿件 一.txt'), encodeLegacy(text, 'gb18030'))
    await writeFile(
      join(folder, 'broken.txt'),
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
    )
    await page
      .getByRole('status', { name: '导入完成' })
      .getByRole('button', { name: '关闭' })
      .click()
    await page.getByRole('button', { name: '导入', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: '导入文章' })
    session.answers.importSources.push([folder])
    await dialog.getByRole('button', { name: '选择文件夹…' }).click()
    await expect
      .poll(() => dialog.getByRole('list', { name: '已选择' }).textContent())
      .toContain(folder)
    await dialog.getByLabel('报纸').fill('青禾日报')
    await dialog.getByLabel('日期').fill('2024-03-16')
    await dialog.getByRole('button', { name: '开始导入' }).click()
    const panel = page.getByRole('status', { name: '导入完成' })
    await expect.poll(() => panel.textContent()).toContain('新增 1 篇')
    const report = (await panel.textContent()) ?? ''
    expect(report).toContain('新增 1 篇')
    expect(report).toContain('失败文件 1 个')
    expect(report).toContain('broken.txt：这不是文本文件')
    await page.screenshot({ path: join(screenshots, 'import-report.png') })
    const rows = page.getByRole('listbox', { name: '文章库' }).getByRole('option')
    // The list refreshes at most every 750 ms: wait for it before clicking.
    await expect.poll(() => page.locator('.article-count').textContent()).toBe('共 6 篇文章')
    await rows.filter({ hasText: '桃溪乡草莓' }).click()
    await expect
      .poll(() => page.locator('.reader-place').textContent())
      .toContain('青禾日报 · 2024年3月16日')
    expect(await page.locator('.reader-source').textContent()).toContain('gb18030')
    expect(await page.locator('.reader-byline').textContent()).toContain('方小禾')

    // Choosing another encoding imports the file again and replaces its articles.
    const count = () => page.locator('.article-count').textContent()
    const before = await count()
    const file = join(folder, '稿件 一.txt')
    await page.locator('.file-encodings summary').click()
    await page.getByRole('combobox', { name: `${file} 的编码` }).selectOption('big5')
    await expect.poll(() => rows.filter({ hasText: '桃溪乡草莓' }).count()).toBe(0)
    await expect.poll(count).toBe(before)
    await page.locator('.file-encodings summary').click()
    await page.getByRole('combobox', { name: `${file} 的编码` }).selectOption('gb18030')
    await expect.poll(() => rows.filter({ hasText: '桃溪乡草莓' }).count()).toBe(1)
    await expect.poll(count).toBe(before)
    await page.getByRole('button', { name: '关闭' }).click()
    await rm(folder, { recursive: true, force: true })
  })

  it('focuses search with Ctrl+F and opens the import dialog with Ctrl+O', async () => {
    const { page } = host
    await page.keyboard.press('Control+f')
    expect(await page.evaluate('document.activeElement?.getAttribute("type")')).toBe('search')
    await page.keyboard.press('Control+o')
    const dialog = page.getByRole('dialog', { name: '导入文章' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    session.answers.importSources.push(null)
    await dialog.getByRole('button', { name: '选择文件…' }).click()
    await expect.poll(() => session.answers.importSources.length).toBe(0)
    await dialog.getByRole('button', { name: '取消' }).click()
    await expect.poll(() => dialog.isVisible()).toBe(false)
  })

  it('finds a phrase across a paragraph end whatever the scripts on either side, never across fields', async () => {
    const { page } = host
    const folder = await mkdtemp(join(tmpdir(), 'newsroom-across-'))
    const text = [
      '桃溪乡法庭巡回审判',
      '',
      '本报讯 桃溪乡法庭昨日在村委会大院公开开庭，对一起邻里纠纷依法审理',
      '',
      '2月3日上午，法庭还走进桃溪中学，为师生讲授法治课并介绍乡里的网络',
      '',
      '5G基站建设中的相邻权问题。',
      '',
    ].join('\n')
    await writeFile(join(folder, '巡回审判.txt'), text)
    await page.getByRole('button', { name: '导入', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: '导入文章' })
    session.answers.importSources.push([folder])
    await dialog.getByRole('button', { name: '选择文件夹…' }).click()
    await dialog.getByRole('button', { name: '开始导入' }).click()
    const panel = page.getByRole('status', { name: '导入完成' })
    await expect.poll(() => panel.textContent()).toContain('新增 1 篇')
    await panel.getByRole('button', { name: '关闭' }).click()
    const search = page.getByRole('searchbox', { name: '搜索' })
    const results = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option')
    for (const phrase of ['审理2月', '网络5G', '"网络 5g"']) {
      await search.fill(phrase)
      await expect.poll(() => results.filter({ hasText: '巡回审判' }).count()).toBe(1)
    }
    // The headline ends 审判 and the body begins 本报讯: two fields, never one phrase.
    await search.fill('"审判本报讯"')
    await expect.poll(() => page.getByText(/没有找到包含.*审判本报讯/u).count()).toBe(1)
    await search.fill('')
    await rm(folder, { recursive: true, force: true })
  })

  it('answers Help → About with the version', async () => {
    const { page } = host
    await page.evaluate(() => {
      const emit = (
        globalThis as unknown as Record<string, (event: string, payload: string) => void>
      ).__newsroomEmit
      emit?.('menuCommand', 'about')
    })
    const about = page.getByRole('dialog', { name: '关于新闻档案' })
    const { version } = JSON.parse(await readFile(join(appRoot, 'package.json'), 'utf8')) as {
      version: string
    }
    await expect.poll(() => about.textContent()).toContain(`新闻档案 ${version}`)
    await about.getByRole('button', { name: '关闭' }).click()
  })
})
