// The archive day to day, through the UI of the built app: select and tag, filter by tag,
// correct a headline and undo it, delete and undo, back up and restore. Screenshots of the
// library, reader and tag tree go to test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BrowserHost } from '../../src/browser-host/host'
import { endLine, headerLine, recordLine } from '../../src/core/archive/backup-format'
import { mergeFields } from '../../src/shared/article'
import type { Article } from '../../src/shared/article'
import { openSampleSession, screenshots } from './app-session'
import type { AppSession } from './app-session'

let session: AppSession
let host: BrowserHost
let profileDir: string

beforeAll(async () => {
  session = await openSampleSession()
  ;({ host, profileDir } = session)
})

afterAll(async () => {
  await session.close()
})

interface BackupArticle {
  id: string
  title: string | null
  updatedAt: number
  [field: string]: unknown
}

async function readBackupArticles(path: string): Promise<BackupArticle[]> {
  return (await readFile(path, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { type: string; value?: BackupArticle })
    .flatMap((record) =>
      record.type === 'article' && record.value !== undefined ? [record.value] : [],
    )
}

/** A colleague's export of one article whose headline they corrected after importing it. */
function colleagueExport(article: BackupArticle, title: string): string {
  const base = Object.fromEntries(mergeFields.map((field) => [field, article[field]]))
  const edited = { ...article, title, base, updatedAt: 9e15 } as unknown as Article
  return [
    headerLine(Date.now()),
    recordLine({ type: 'article', value: edited }),
    endLine({ articles: 1, tags: 0, settings: 0 }),
  ].join('')
}

const library = () => host.page.getByRole('listbox', { name: '文章库' }).getByRole('option')

describe('the archive day to day', () => {
  it('tags several selected articles at once and filters the library by the tag', async () => {
    const { page } = host
    await library().nth(0).click()
    await library()
      .nth(2)
      .click({ modifiers: ['Shift'] })
    const bar = page.getByRole('toolbar', { name: '所选文章' })
    await bar.getByRole('combobox', { name: '为选中的 3 篇文章添加标签' }).fill('地区/青禾县')
    await bar.getByRole('button', { name: '添加标签' }).click()
    const tree = page.getByRole('tree', { name: '标签' })
    await expect
      .poll(() => tree.getByRole('treeitem', { name: '地区/青禾县' }).textContent())
      .toContain('3')
    expect(await tree.getByRole('treeitem', { name: '地区', exact: true }).textContent()).toContain(
      '3',
    )
    await bar.getByRole('button', { name: '取消选择' }).click()
    await tree.getByRole('treeitem', { name: '地区', exact: true }).locator('.tag-label').click()
    await expect.poll(() => library().count()).toBe(3)
    await page.screenshot({ path: join(screenshots, 'tag-tree.png') })
    await page.getByRole('button', { name: '不再按标签“地区”筛选' }).click()
    await expect.poll(() => library().count()).toBe(5)
  })

  it('orders the library, groups it by page, and filters it by facets with counts', async () => {
    const { page } = host
    await page.getByRole('combobox', { name: '文章库排序' }).selectOption('paper')
    await expect
      .poll(() => page.locator('.group-heading').first().textContent())
      .toBe('青禾日报 · 2024年3月15日 · 第3版')
    await page.getByRole('combobox', { name: '文章库排序' }).selectOption('title')
    await page.locator('.library-filters summary').click()
    const papers = page.locator('.library-filters').getByRole('group', { name: '报纸' })
    await expect.poll(() => papers.textContent()).toContain('青禾日报 5')
    await papers.getByRole('button').first().click()
    expect(await page.getByRole('searchbox', { name: '搜索' }).inputValue()).toBe('报纸:青禾日报')
    await expect
      .poll(() => page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').count())
      .toBe(5)
    await page.screenshot({ path: join(screenshots, 'library-filters.png') })
    await page.getByRole('searchbox', { name: '搜索' }).fill('')
    await page.getByRole('combobox', { name: '文章库排序' }).selectOption('imported')
  })

  it('corrects a headline, finds it by the new words, and undoes the correction', async () => {
    const { page } = host
    await library().filter({ hasText: '共享厨房' }).click()
    await page.getByRole('button', { name: '编辑' }).click()
    const form = page.getByRole('form', { name: '更正文章' })
    await form.getByLabel('标题').fill('石桥村：旧校舍办起老年食堂')
    await form.getByRole('button', { name: '保存' }).click()
    await expect
      .poll(() => page.locator('.reader-title').textContent())
      .toBe('石桥村：旧校舍办起老年食堂')
    await page.getByRole('searchbox', { name: '搜索' }).fill('标题:老年食堂')
    const results = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option')
    await expect.poll(() => results.count()).toBe(1)
    await page.screenshot({ path: join(screenshots, 'reader-edit.png') })
    await page.getByRole('searchbox', { name: '搜索' }).fill('')
    await page.getByRole('listbox', { name: '文章库' }).focus()
    await page.keyboard.press('Control+z')
    await expect.poll(() => library().filter({ hasText: '闲置校舍变身' }).count()).toBe(1)
  })

  it('deletes an article after asking, and brings it back with Undo', async () => {
    const { page } = host
    await library().filter({ hasText: '工匠技能大赛' }).click()
    await page.locator('.reader-actions').getByRole('button', { name: '删除' }).click()
    const confirm = page.getByRole('dialog')
    expect(await confirm.textContent()).toContain('删除选中的 1 篇文章')
    await confirm.getByRole('button', { name: '删除' }).click()
    await expect.poll(() => page.locator('.article-count').textContent()).toBe('共 4 篇文章')
    await page.locator('.notice-bar').getByRole('button', { name: '撤销' }).click()
    await expect.poll(() => page.locator('.article-count').textContent()).toBe('共 5 篇文章')
  })

  it('backs up the whole archive to one file and restores it without duplicating anything', async () => {
    const { page } = host
    const target = join(profileDir, '新闻档案 备份.newsroom-backup.jsonl')
    session.answers.savePath.push(target)
    await page.keyboard.press('Control+Shift+S')
    await expect
      .poll(() => page.locator('.notice-bar').textContent())
      .toContain(`备份已保存到 ${target}`)
    const lines = (await readFile(target, 'utf8')).trim().split('\n')
    expect(lines.length).toBeGreaterThan(5)

    session.answers.openBackup.push(target)
    await page.keyboard.press('Control+Shift+O')
    const preview = page.getByRole('dialog', { name: /^从备份恢复/u })
    await expect.poll(() => preview.textContent()).toContain('新增 0 篇文章')
    expect(await preview.textContent()).toContain('5 篇与档案相同，不变')
    await preview.getByRole('button', { name: '恢复' }).click()
    await expect
      .poll(() => page.locator('.notice-bar').textContent())
      .toContain('恢复完成：新增 0 篇')
    expect(await page.locator('.article-count').textContent()).toBe('共 5 篇文章')
    expect(
      await page
        .getByRole('tree', { name: '标签' })
        .getByRole('treeitem', { name: '地区/青禾县' })
        .textContent(),
    ).toContain('3')
  })

  it('keeps a colleague’s different headline beside the local one, to choose; the restore undoes whole', async () => {
    const { page } = host
    const articles = await readBackupArticles(
      join(profileDir, '新闻档案 备份.newsroom-backup.jsonl'),
    )
    const kitchen = articles.find((article) => article.title?.includes('共享厨房'))
    if (kitchen === undefined) throw new Error('The sample has no 共享厨房 article.')
    // Here the headline is corrected one way…
    await library().filter({ hasText: '共享厨房' }).click()
    await page.getByRole('button', { name: '编辑' }).click()
    const form = page.getByRole('form', { name: '更正文章' })
    await form.getByLabel('标题').fill('石桥村旧校舍办起老年食堂')
    await form.getByRole('button', { name: '保存' }).click()
    // …and in the colleague's archive another way, with a far-future time that must not win.
    const colleague = join(profileDir, '同事的档案.newsroom-backup.jsonl')
    await writeFile(colleague, colleagueExport(kitchen, '石桥村校舍改作“共享厨房”'))

    session.answers.openBackup.push(colleague)
    await page.keyboard.press('Control+Shift+O')
    const preview = page.getByRole('dialog', { name: /^从备份恢复/u })
    await expect.poll(() => preview.textContent()).toContain('1 篇两边都改过')
    await page.screenshot({ path: join(screenshots, 'restore-preview.png') })
    await preview.getByRole('button', { name: '恢复' }).click()
    const notice = page.locator('.notice-bar')
    await expect.poll(() => notice.textContent()).toContain('冲突 1 篇')
    await notice.getByRole('button', { name: '撤销恢复' }).click()
    await expect.poll(() => notice.textContent()).toContain('已撤销恢复')
    await expect.poll(() => page.getByRole('button', { name: '冲突 1' }).count()).toBe(0)

    session.answers.openBackup.push(colleague)
    await page.keyboard.press('Control+Shift+O')
    await preview.getByRole('button', { name: '恢复' }).click()
    await page.getByRole('button', { name: '冲突 1' }).click()
    const conflicts = page.getByRole('dialog', { name: '冲突' })
    const headline = conflicts.getByRole('group', { name: '标题' })
    expect(await headline.textContent()).toContain('石桥村旧校舍办起老年食堂')
    expect(await headline.textContent()).toContain('石桥村校舍改作“共享厨房”')
    await page.screenshot({ path: join(screenshots, 'conflicts.png') })
    await headline.getByRole('button', { name: '采用这个' }).click()
    await expect.poll(() => conflicts.textContent()).toContain('没有待处理的冲突。')
    await conflicts.getByRole('button', { name: '关闭' }).click()
    await expect
      .poll(() => page.locator('.reader-title').textContent())
      .toBe('石桥村校舍改作“共享厨房”')
    expect(await page.locator('.article-count').textContent()).toBe('共 5 篇文章')
  })

  it('says what a merge did and what undo and redo did, offering the opposite, in the language shown', async () => {
    const { page } = host
    await library().filter({ hasText: '老茶园' }).click()
    await page.getByRole('button', { name: '与下一篇合并' }).click()
    const notice = page.locator('.notice-bar')
    await expect.poll(() => notice.textContent()).toContain('已合并文章。')
    await expect.poll(() => page.locator('.article-count').textContent()).toBe('共 4 篇文章')
    await notice.getByRole('button', { name: '撤销' }).click()
    await expect.poll(() => notice.textContent()).toContain('已撤销：合并文章')
    await expect.poll(() => page.locator('.article-count').textContent()).toBe('共 5 篇文章')
    await page.getByRole('combobox', { name: '语言' }).selectOption('en')
    await expect.poll(() => notice.textContent()).toContain('Undone: Merge Articles')
    await notice.getByRole('button', { name: 'Redo' }).click()
    await expect.poll(() => notice.textContent()).toContain('Redone: Merge Articles')
    await expect.poll(() => page.locator('.article-count').textContent()).toBe('4 articles')
    await page.screenshot({ path: join(screenshots, 'notice-redone-en.png') })
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN')
    await expect.poll(() => notice.textContent()).toContain('已重做：合并文章')
    await page.getByRole('listbox', { name: '文章库' }).focus()
    await page.keyboard.press('Control+z')
    // Done only once the undo has said so: nothing of it may reach the next test.
    await expect.poll(() => notice.textContent()).toContain('已撤销：合并文章')
    await expect.poll(() => page.locator('.article-count').textContent()).toBe('共 5 篇文章')
  })

  it('says in Chinese why a backup could not be saved, the system’s words folded away', async () => {
    const { page } = host
    session.answers.savePath.push(join(profileDir, '不存在的文件夹', '备份.newsroom-backup.jsonl'))
    await page.keyboard.press('Control+Shift+S')
    const notice = page.locator('.notice-bar.error')
    await expect
      .poll(() => notice.locator('span').textContent())
      .toBe('无法读写备份文件：找不到这个文件或文件夹（可能已被移动或删除）。')
    const folded = notice.locator('details')
    expect(await folded.getAttribute('open')).toBeNull()
    expect(await folded.locator('summary').textContent()).toBe('技术细节')
    expect(await folded.locator('code').textContent()).toMatch(/^ENOENT: no such file/u)
  })
})
