// Bureau sync through the built app: two laptops (browser-host profiles) and a CouchDB-compatible
// server (pouchdb-server, on disk in a temporary folder) on a loopback port. The empty laptop
// receives the whole archive; a correction made on one is found by search on the other; edits
// made while the server is down converge once it is back, a headline corrected differently on
// both is kept for the user to choose and the choice reaches the other laptop; an article deleted
// on one while the other edited it comes back and its deleter is asked; the server killed
// while a laptop sends a batch loses and duplicates nothing; a third laptop that keeps only its
// desk receives the desk alone, and what joins the desk later.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { startCouchServer } from '../../src/main/sync/testing/couch-server'
import type { CouchServerProcess } from '../../src/main/sync/testing/couch-server'
import { importFolder, openAppSession, openSampleSession, screenshots } from './app-session'
import type { AppSession } from './app-session'

let server: CouchServerProcess
let li: AppSession
let wang: AppSession

beforeAll(async () => {
  server = await startCouchServer({ persistent: true })
  await server.database('bureau')
  await server.user('li', 'pw-li')
  await server.user('wang', 'pw-wang')
  await server.user('zhao', 'pw-zhao')
  li = await openSampleSession()
  wang = await openAppSession()
}, 180_000)

afterAll(async () => {
  await li.close()
  await wang.close()
  await server.stop()
})

const syncButton = (page: Page) => page.locator('.toolbar .sync-button')
const syncDialog = (page: Page) => page.getByRole('dialog', { name: '团队共享' })
const count = (page: Page) => page.locator('.article-count').textContent()
const titles = (page: Page) =>
  page.getByRole('listbox', { name: '文章库' }).getByRole('option').allTextContents()

async function connect(page: Page, user: string, password: string): Promise<void> {
  await syncButton(page).click()
  await fillServer(page, user, password)
}

async function fillServer(page: Page, user: string, password: string): Promise<void> {
  const dialog = syncDialog(page)
  await dialog.getByLabel('服务器地址').fill(server.url)
  await dialog.getByLabel('编辑部数据库').fill('bureau')
  await dialog.getByLabel('用户名').fill(user)
  await dialog.getByLabel('密码').fill(password)
  await dialog.getByRole('button', { name: '保存并连接' }).click()
}

async function syncNow(page: Page): Promise<void> {
  await syncButton(page).click()
  await syncDialog(page).getByRole('button', { name: '立即同步' }).click()
  await syncDialog(page).getByRole('button', { name: '关闭' }).click()
}

async function correctTitle(page: Page, from: string, to: string): Promise<void> {
  const library = page.getByRole('listbox', { name: '文章库' })
  await library.getByRole('option').filter({ hasText: from }).first().click()
  await page.getByRole('button', { name: '编辑', exact: true }).click()
  const form = page.getByRole('form', { name: '更正文章' })
  await form.getByLabel('标题', { exact: true }).fill(to)
  await form.getByRole('button', { name: '保存' }).click()
  await expect.poll(() => form.count()).toBe(0)
}

const tagTree = (page: Page) => page.getByRole('tree', { name: '标签' })

/** Tags the library's rows `first`..`last` (of the order shown) with `tag`. */
async function tagRows(page: Page, first: number, last: number, tag: string): Promise<void> {
  const rows = page.getByRole('listbox', { name: '文章库' }).getByRole('option')
  await rows.nth(first).click()
  if (last > first) await rows.nth(last).click({ modifiers: ['Shift'] })
  const bar = page.getByRole('toolbar', { name: '所选文章' })
  const n = String(last - first + 1)
  await bar.getByRole('combobox', { name: `为选中的 ${n} 篇文章添加标签` }).fill(tag)
  await bar.getByRole('button', { name: '添加标签' }).click()
  await expect
    .poll(() => bar.getByRole('combobox', { name: `为选中的 ${n} 篇文章添加标签` }).inputValue())
    .toBe('')
  await bar.getByRole('button', { name: '取消选择' }).click()
}

/** Searches and waits for the complete count. */
async function found(page: Page, query: string): Promise<string> {
  await page.getByRole('searchbox', { name: '搜索' }).fill(query)
  const line = page.locator('.search-status', { hasText: /^共 \d+ 篇/u })
  await line.waitFor({ timeout: 60_000 })
  return (/^共 (\d+) 篇/u.exec((await line.textContent()) ?? '')?.[1] ?? '') + ' 篇'
}

/** The articles and tags of a backup made now, in id order, as parsed records. */
async function backupRecords(session: AppSession): Promise<unknown[]> {
  const { page } = session.host
  const target = join(session.profileDir, `备份-${String(Date.now())}.newsroom-backup.jsonl`)
  session.answers.savePath.push(target)
  await page.keyboard.press('Control+Shift+S')
  await expect.poll(() => page.locator('.notice-bar').textContent()).toContain('备份已保存到')
  const lines = (await readFile(target, 'utf8')).trim().split('\n')
  return lines
    .filter((line) => /^\{"type":"(article|tag)"/u.test(line))
    .map((line) => JSON.parse(line) as { value: { id?: string; name?: string } })
    .sort((a, b) =>
      (a.value.id ?? a.value.name ?? '') < (b.value.id ?? b.value.name ?? '') ? -1 : 1,
    )
}

describe('bureau sync between two laptops', () => {
  it('connects both laptops; the empty one receives the whole archive', async () => {
    await connect(li.host.page, 'li', 'pw-li')
    await expect.poll(() => syncButton(li.host.page).textContent()).toBe('团队共享 · 已同步')
    await syncDialog(li.host.page).getByRole('button', { name: '关闭' }).click()

    // A mistyped password is said at once, and nothing is kept.
    await connect(wang.host.page, 'wang', 'wrong')
    await expect
      .poll(() => syncDialog(wang.host.page).getByRole('alert').textContent())
      .toBe('服务器拒绝了这个用户名或密码。')
    await syncDialog(wang.host.page).getByLabel('密码').fill('pw-wang')
    await syncDialog(wang.host.page).getByRole('button', { name: '保存并连接' }).click()
    await expect.poll(() => count(wang.host.page), { timeout: 60_000 }).toBe('共 5 篇文章')
    await wang.host.page.screenshot({ path: join(screenshots, 'sync-dialog.png') })
    await syncDialog(wang.host.page).getByRole('button', { name: '关闭' }).click()
    expect((await titles(wang.host.page)).sort()).toEqual((await titles(li.host.page)).sort())
  })

  it('finds on one laptop the headline corrected on the other', async () => {
    const [first] = await titles(li.host.page)
    if (first === undefined) throw new Error('no article')
    await correctTitle(li.host.page, first, '青禾县冷链仓库更正稿')
    await expect.poll(() => found(wang.host.page, '更正稿'), { timeout: 60_000 }).toBe('1 篇')
  })

  it('merges what both changed while the server was down, and keeps both headlines of one for the user', async () => {
    await server.kill()
    const titlesNow = await titles(li.host.page)
    const second = titlesNow.find((title) => !title.includes('更正稿'))
    if (second === undefined) throw new Error('no article')
    await wang.host.page.getByRole('searchbox', { name: '搜索' }).fill('')
    await correctTitle(li.host.page, second, '李的标题')
    await correctTitle(wang.host.page, second, '王的标题')
    for (const page of [li.host.page, wang.host.page])
      await expect
        .poll(() => syncButton(page).textContent(), { timeout: 60_000 })
        .toBe('团队共享 · 离线')

    await server.revive()
    await syncNow(li.host.page)
    await expect.poll(() => syncButton(li.host.page).textContent()).toBe('团队共享 · 已同步')
    await syncNow(wang.host.page)
    // Both laptops hold the same article, its other headline kept beside for a choice.
    for (const page of [wang.host.page, li.host.page])
      await expect
        .poll(() => page.locator('.toolbar .conflicts-button').textContent(), { timeout: 60_000 })
        .toBe('冲突 1')

    await wang.host.page.locator('.toolbar .conflicts-button').click()
    const conflicts = wang.host.page.getByRole('dialog', { name: '冲突' })
    await conflicts.getByRole('button', { name: '采用这个' }).first().click()
    await conflicts.getByRole('button', { name: '关闭' }).click()
    // The choice is a change like any other: it reaches the first laptop too.
    await expect
      .poll(() => li.host.page.locator('.toolbar .conflicts-button').count(), { timeout: 60_000 })
      .toBe(0)
    const chosen = (await titles(wang.host.page)).filter((t) => t.includes('的标题'))
    expect(chosen).toHaveLength(1)
    await expect
      .poll(async () => (await titles(li.host.page)).filter((t) => t.includes('的标题')))
      .toEqual(chosen)
  })

  it('asks the laptop that deleted an article a colleague edited meanwhile, and deletes it again everywhere', async () => {
    await server.kill()
    const target = (await titles(wang.host.page)).find(
      (title) => !title.includes('的标题') && !title.includes('更正稿'),
    )
    if (target === undefined) throw new Error('no article')
    const { page } = li.host
    await page
      .getByRole('listbox', { name: '文章库' })
      .getByRole('option')
      .filter({ hasText: target })
      .click()
    await page.locator('.reader-actions').getByRole('button', { name: '删除' }).click()
    await page.getByRole('dialog').getByRole('button', { name: '删除' }).click()
    await expect.poll(() => count(page)).toBe('共 4 篇文章')
    await correctTitle(wang.host.page, target, '王补写的标题')
    await server.revive()
    await syncNow(wang.host.page)
    await syncNow(page)
    const notice = page.locator('.notice-bar')
    await expect.poll(() => notice.textContent(), { timeout: 60_000 }).toContain('又同步回来了')
    await expect.poll(() => count(page)).toBe('共 5 篇文章')
    await notice.getByRole('button', { name: '再次删除' }).click()
    await expect.poll(() => count(page)).toBe('共 4 篇文章')
    await expect.poll(() => count(wang.host.page), { timeout: 60_000 }).toBe('共 4 篇文章')
  })

  it('loses and duplicates nothing when the server dies while a batch is sent', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'newsroom-sync-'))
    for (let n = 1; n <= 300; n += 1)
      await writeFile(
        join(folder, `dispatch-${String(n).padStart(3, '0')}.md`),
        `# 青禾县第${String(n)}号通讯\n\n第${String(n)}号稿件：村里的第${String(n)}件新事。\n`,
      )
    await importFolder(wang, folder, '新增 300 篇')
    await server.kill()
    await server.revive()
    await syncNow(wang.host.page)
    await syncNow(li.host.page)
    await expect.poll(() => count(li.host.page), { timeout: 120_000 }).toBe('共 304 篇文章')
    await expect.poll(() => count(wang.host.page)).toBe('共 304 篇文章')
    expect(await found(li.host.page, '"第217号稿件"')).toBe('1 篇')
    // Field by field the same archive: every article and tag line of a backup of each.
    const [mine, theirs] = await Promise.all([backupRecords(li), backupRecords(wang)])
    expect(mine.filter((record) => (record as { type: string }).type === 'article')).toHaveLength(
      304,
    )
    expect(theirs).toEqual(mine)
  })

  it('gives a third laptop that keeps only its desk the desk alone, and what joins it later', async () => {
    await li.host.page.getByRole('searchbox', { name: '搜索' }).fill('')
    await tagRows(li.host.page, 0, 1, '部门/经济')
    // On the server once a colleague has it.
    await expect
      .poll(() => tagTree(wang.host.page).getByRole('treeitem', { name: '部门/经济' }).count(), {
        timeout: 60_000,
      })
      .toBe(1)
    const zhao = await openAppSession()
    try {
      const { page } = zhao.host
      await syncButton(page).click()
      const dialog = syncDialog(page)
      await dialog.getByRole('radio', { name: /只保留其中一部分/u }).check()
      await dialog.getByLabel('部门标签').fill('部门/经济')
      await dialog.getByRole('button', { name: '保存范围' }).click()
      await expect.poll(() => dialog.getByText(/^已保存本机保留的范围/u).count()).toBe(1)
      await fillServer(page, 'zhao', 'pw-zhao')
      await expect
        .poll(() => syncButton(page).textContent(), { timeout: 60_000 })
        .toBe('团队共享 · 已同步')
      await page.screenshot({ path: join(screenshots, 'sync-scope.png') })
      await dialog.getByRole('button', { name: '关闭' }).click()
      await expect.poll(() => count(page), { timeout: 60_000 }).toBe('共 2 篇文章')
      // Every tag is kept, the articles of the desk only.
      expect(
        await tagTree(page).getByRole('treeitem', { name: '部门/经济' }).textContent(),
      ).toContain('2')
      await tagRows(li.host.page, 2, 3, '部门/经济')
      await expect.poll(() => count(page), { timeout: 60_000 }).toBe('共 4 篇文章')
    } finally {
      await zhao.close()
    }
  })
})
