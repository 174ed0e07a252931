// The import report a person can act on: warnings grouped by file and kind, each opening the
// article at that line beside its source text, where it can be split; items printed without a
// headline show a title derived from their text, marked as such. Screens in test-results/e2e/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserHost } from '../../src/browser-host/host'
import { openAppSession, screenshots } from './app-session'
import type { AppSession } from './app-session'

let session: AppSession
let host: BrowserHost
let folder: string

// An invented page in the fixture's form: text before the first headline (no headline found),
// two signed stories, and a photo with its credit and caption but no headline.
const page = [
  '青禾县城区的老街巷今年全部完成改造，居民出行更方便了，沿街商铺也陆续开门营业。',
  '',
  '石桥村闲置校舍变身共享厨房',
  '',
  '本报讯（记者 沈如意）石桥村把闲置的教学楼一层改造成共享厨房和老年食堂，老人每天三元就能吃上午饭。',
  '',
  '村里还组织志愿者轮流掌勺，每天两荤一素，饭菜按时送到行动不便的老人家里。',
  '',
  '桃溪乡草莓喜获丰收',
  '',
  '本报讯（通讯员 方小禾）眼下正值草莓上市旺季，桃溪乡五百多个大棚日均采摘鲜果约十吨。',
  '',
  '',
  '',
  '图片来源:青禾日报',
  '',
  '图为游客在桃溪乡的大棚里采摘草莓，孩子们提着篮子笑得很开心。',
  '',
].join('\n')

beforeAll(async () => {
  session = await openAppSession()
  host = session.host
  folder = await mkdtemp(join(tmpdir(), 'newsroom-report-'))
  await writeFile(join(folder, 'qhrb-20240316-p03.txt'), page)
})

afterAll(async () => {
  await session.close()
  await rm(folder, { recursive: true, force: true })
})

describe('the import report', () => {
  it('lists what to check by file and kind and opens the article at that line beside its source', async () => {
    const { page: ui } = host
    await ui.getByRole('button', { name: '选择文件或文件夹…' }).click()
    const dialog = ui.getByRole('dialog', { name: '导入文章' })
    session.answers.importSources.push([join(folder, 'qhrb-20240316-p03.txt')])
    await dialog.getByRole('button', { name: '选择文件…' }).click()
    await dialog.getByLabel('报纸').fill('青禾日报')
    await dialog.getByRole('button', { name: '开始导入' }).click()
    const panel = ui.getByRole('status', { name: '导入完成' })
    await expect.poll(() => panel.textContent()).toContain('新增 4 篇')
    const review = panel.locator('.import-review')
    expect(await review.textContent()).toContain('没有找到标题：1 处')
    await ui.screenshot({ path: join(screenshots, 'import-review.png') })

    const file = join(folder, 'qhrb-20240316-p03.txt')
    await review.getByRole('button', { name: `打开 ${file} 第 1 行的文章，对照原文` }).click()
    const source = ui.getByRole('region', { name: `原文：${file}` })
    await expect.poll(() => source.isVisible()).toBe(true)
    const focused = source.locator('.source-line.focus')
    expect(await focused.textContent()).toContain('青禾县城区的老街巷')
    expect(await focused.getAttribute('class')).toContain('own')
    // The neighbouring story's lines are marked as another article's.
    expect(await source.locator('[data-line="3"]').getAttribute('title')).toBe(
      '另一篇：石桥村闲置校舍变身共享厨房',
    )
    await ui.screenshot({ path: join(screenshots, 'source-view.png') })
  })

  it('splits an article at a line of its source', async () => {
    const { page: ui } = host
    await ui.getByRole('status', { name: '导入完成' }).getByRole('button', { name: '关闭' }).click()
    const rows = ui.getByRole('listbox', { name: '文章库' }).getByRole('option')
    await rows.filter({ hasText: '石桥村闲置校舍' }).click()
    await expect
      .poll(() => ui.locator('.reader-title').textContent())
      .toBe('石桥村闲置校舍变身共享厨房')
    await ui.getByRole('button', { name: '原文', exact: true }).click()
    await expect.poll(() => ui.locator('.source-place').textContent()).toBe('本文在第 3–7 行')
    const line = ui.locator('.source-line[data-line="7"]')
    await line.hover()
    await line.getByRole('button', { name: '从此行起拆成新文章' }).click()
    await expect.poll(() => rows.count()).toBe(5)
    // The split-off story has no headline: it is named by its first sentence, marked as derived.
    await expect
      .poll(() => rows.filter({ hasText: '村里还组织志愿者轮流掌勺' }).getAttribute('class'))
      .toBeTruthy()
    expect(
      await rows
        .filter({ hasText: '村里还组织志愿者轮流掌勺' })
        .locator('.row-title.derived')
        .count(),
    ).toBe(1)
  })

  it('names the photo item by its caption, marked as a derived title, and the paper by the file name', async () => {
    const { page: ui } = host
    const rows = ui.getByRole('listbox', { name: '文章库' }).getByRole('option')
    await rows.filter({ hasText: '图片新闻' }).click()
    const title = ui.locator('.reader-title.derived')
    expect(await title.textContent()).toContain('游客在桃溪乡的大棚里采摘草莓')
    expect(await title.textContent()).toContain('据正文拟题')
    expect(await ui.locator('.reader-place').textContent()).toContain(
      '青禾日报 · 2024年3月16日 · 第3版',
    )
    await ui.screenshot({ path: join(screenshots, 'derived-title.png') })
  })

  it('fixes a headline from the source: a line made the headline, undone with Ctrl+Z', async () => {
    const { page: ui } = host
    const rows = ui.getByRole('listbox', { name: '文章库' }).getByRole('option')
    await rows.filter({ hasText: '青禾县城区的老街巷' }).click()
    await expect.poll(() => ui.locator('.reader-title.derived').count()).toBe(1)
    // The report opened this article beside its source before: it opens so again.
    await expect.poll(() => ui.locator('.source-view').count()).toBe(1)
    const line = ui.locator('.source-line[data-line="1"]')
    await line.hover()
    await line.getByLabel('第 1 行是').selectOption({ label: '标题' })
    const headline = page.split('\n')[0] ?? ''
    await expect.poll(() => ui.locator('.reader-title').textContent()).toBe(headline)
    expect(await ui.locator('.reader-title.derived').count()).toBe(0)
    await ui.screenshot({ path: join(screenshots, 'source-line-role.png') })
    await ui.keyboard.press('Control+z')
    await expect.poll(() => ui.locator('.reader-title.derived').count()).toBe(1)
  })
})
