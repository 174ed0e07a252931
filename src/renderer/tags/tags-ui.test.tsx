// The tag components in real Chromium on a real archive: tree with counts, rename onto an
// existing tag (merge), delete, colour; the tag input with autocomplete; one-click suggestions.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { ArchiveHistory } from '../archive/archive-history'
import { freshDatabase } from '../archive/testing'
import { initI18n } from '../i18n/i18n'
import { cleanup, render } from '../testing/render'
import { SuggestedTags } from './SuggestedTags'
import { TagInput } from './TagInput'
import { TagTreePanel } from './TagTreePanel'

beforeAll(async () => {
  await initI18n('zh-CN')
})
afterEach(cleanup)

const articles = [
  makeArticle('一', paragraphs('甲。'), { tags: ['地区/湖北/随州', '经济'] }),
  makeArticle('二', paragraphs('乙。'), { tags: ['地区/湖北', '湖北/随州'] }),
  makeArticle('三', paragraphs('丙。'), { tags: ['<img src=x onerror=alert(1)>'] }),
]

async function archive() {
  const database = freshDatabase()
  await database.articles.bulkAdd(articles)
  await database.tags.bulkAdd([
    { name: '地区/湖北', color: '#c03030', createdAt: 1, updatedAt: 1 },
    { name: '湖北/随州', color: null, createdAt: 1, updatedAt: 1 },
  ])
  return { database, history: new ArchiveHistory(database) }
}

function treeText(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[role="treeitem"]')].map(
    (row) =>
      `${row.getAttribute('aria-level') ?? ''}:${row.querySelector('.tag-label')?.textContent ?? ''}:${row.querySelector('.count')?.textContent ?? ''}`,
  )
}

describe('TagTreePanel', () => {
  it('shows the tree with counts in pinyin order, names as text only', async () => {
    const { database, history } = await archive()
    const container = await render(<TagTreePanel database={database} history={history} />)
    await expect.element(page.getByRole('treeitem', { name: '地区/湖北/随州' })).toBeVisible()
    expect(treeText(container)).toEqual([
      '1:<img src=x onerror=alert(1)>:1',
      '1:地区:2',
      '2:湖北:2',
      '3:随州:1',
      '1:湖北:1',
      '2:随州:1',
      '1:经济:1',
    ])
    expect(container.querySelector('img')).toBeNull()
    await page.screenshot({
      path: '../../../test-results/archive/tag-tree.png',
      element: container,
    })
  })

  it('renames a parent onto an existing tag, merging, and deletes a tag with confirmation', async () => {
    const { database, history } = await archive()
    const container = await render(<TagTreePanel database={database} history={history} />)
    const region = page.getByRole('treeitem', { name: '地区/湖北', exact: true })
    await region.getByRole('button', { name: '重命名' }).first().click()
    await page.getByRole('textbox', { name: '“地区/湖北”的新名称（用 / 表示层级）' }).fill('湖北／')
    await page.getByRole('button', { name: '确定' }).click()
    await expect.element(page.getByRole('status')).toHaveTextContent('已合并到“湖北/随州”。')
    await expect.poll(() => treeText(container)).toContain('1:湖北:2')
    // The counts (the tag census) and the tag records (their table) arrive separately.
    await expect.poll(() => treeText(container).some((row) => row.includes('地区'))).toBe(false)
    expect(await database.tagLists.where('tags').equals('湖北/随州').count()).toBe(2)

    await page
      .getByRole('treeitem', { name: /^经济/ })
      .getByRole('button', { name: '删除' })
      .click()
    await expect.element(page.getByRole('alertdialog')).toHaveTextContent('1 篇文章会保留')
    await page.getByRole('button', { name: '确定' }).click()
    await expect.poll(() => treeText(container).some((row) => row.includes('经济'))).toBe(false)
    expect(await database.articles.count()).toBe(3)
  })

  it('sets a colour from the picker', async () => {
    const { database, history } = await archive()
    await render(<TagTreePanel database={database} history={history} />)
    const picker = page.getByLabelText('“经济”的颜色')
    await expect.element(picker).toBeVisible()
    await picker.fill('#20a040')
    await expect.poll(async () => (await database.tags.get('经济'))?.color).toBe('#20a040')
  })
})

describe('TagInput', () => {
  async function tagInput() {
    const { database, history } = await archive()
    await render(
      <TagInput database={database} history={history} articleIds={articles.map((a) => a.id)} />,
    )
    return { database, input: page.getByRole('combobox') }
  }

  it('completes a typed tag with Tab and tags all selected articles', async () => {
    const { database, input } = await tagInput()
    await input.fill('随州')
    await expect.element(page.getByRole('option').first()).toHaveTextContent('地区/湖北/随州')
    await userEvent.keyboard('{Tab}')
    await expect.element(input).toHaveValue('地区/湖北/随州')
    await userEvent.keyboard('{Enter}')
    await expect.element(page.getByRole('status')).toHaveTextContent('已为 2 篇文章添加标签。')
    expect(await database.tagLists.where('tags').equals('地区/湖北/随州').count()).toBe(3)
  })

  it('highlights the first row, moves with the arrows and adds the highlighted tag on Enter', async () => {
    const { database, input } = await tagInput()
    await input.fill('地区/湖')
    const options = page.getByRole('option')
    await expect.element(input).toHaveAttribute('aria-expanded', 'true')
    await expect.element(options.nth(0)).toHaveAttribute('aria-selected', 'true')
    expect(options.elements().map((option) => option.textContent)).toEqual([
      '地区/湖北 1',
      '地区/湖北/随州 1',
      '新建标签“地区/湖”',
    ])
    await userEvent.keyboard('{ArrowDown}')
    await expect.element(options.nth(1)).toHaveAttribute('aria-selected', 'true')
    const active = input.element().getAttribute('aria-activedescendant')
    expect(active).toBe(options.nth(1).element().id)
    await userEvent.keyboard('{ArrowUp}{ArrowUp}')
    await expect.element(options.nth(2)).toHaveAttribute('aria-selected', 'true')
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    await expect.element(page.getByRole('status')).toHaveTextContent('已为 2 篇文章添加标签。')
    expect(await database.tagLists.where('tags').equals('地区/湖北/随州').count()).toBe(3)
    expect(await database.tags.get('地区/湖')).toBeUndefined()
  })

  it('adds the text as typed from "new tag", or after Esc closed the list', async () => {
    const { database, input } = await tagInput()
    await input.fill('地区/湖')
    await userEvent.keyboard('{ArrowUp}{Enter}')
    await expect.element(page.getByRole('status')).toHaveTextContent('已为 3 篇文章添加标签。')
    expect(await database.tagLists.where('tags').equals('地区/湖').count()).toBe(3)

    await input.fill('经')
    await expect.element(page.getByRole('option').first()).toHaveTextContent('经济')
    await userEvent.keyboard('{Escape}')
    await expect.element(input).toHaveAttribute('aria-expanded', 'false')
    expect(input.element().hasAttribute('aria-activedescendant')).toBe(false)
    await userEvent.keyboard('{Enter}')
    await expect.poll(() => database.tagLists.where('tags').equals('经').count()).toBe(3)
  })
})

describe('SuggestedTags', () => {
  it('offers whole names from the article and adds one on click, never by itself', async () => {
    const { database, history } = await archive()
    const article = makeArticle(
      '随州高新区新建冷链物流园',
      paragraphs(
        '记者走进湖北省随州市，随州市人民政府牵头建设的物流园已投用。',
        '政协按照省里部署实地了解医院情况。',
      ),
      { byline: '本报记者 林晓雨', authors: ['林晓雨'] },
    )
    await database.articles.add(article)
    const container = await render(
      <SuggestedTags database={database} history={history} article={article} />,
    )
    // The gazetteer puts 随州 under 湖北, the tag the button adds.
    const place = page.getByRole('button', { name: '添加标签“随州”' })
    await expect.element(place).toHaveAttribute('title', '地区/湖北/随州')
    expect(container.textContent).not.toContain('政协按照省')
    expect((await database.articles.get(article.id))?.tags).toEqual([])
    await page.getByRole('button', { name: '添加标签“随州市人民政府”' }).click()
    await expect
      .poll(async () => (await database.articles.get(article.id))?.tags)
      .toEqual(['机构/随州市人民政府'])
    await expect.element(page.getByRole('button', { name: '添加标签“林晓雨”' })).toBeVisible()
    await page.screenshot({
      path: '../../../test-results/archive/tag-suggestions.png',
      element: container,
    })
  })
})
