// The library list in real Chromium on a real archive larger than one page of rows: a new order
// is busy until its own rows are read, rows far down are read as they scroll into view, and a
// tag narrows the list in the chosen order.
import { useState } from 'react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { freshDatabase } from '../archive/testing'
import type { ArchiveDatabase } from '../db/database'
import { initI18n } from '../i18n/i18n'
import { emptySelection } from '../list/selection'
import { SearchClient } from '../search/search-client'
import { cleanup, render } from '../testing/render'
import type { LibraryOrder } from './library-order'
import { LibraryList } from './LibraryList'

let client: SearchClient | null = null
beforeAll(async () => {
  await initI18n('zh-CN')
  client = new SearchClient()
  // Rows on screen only: the list is virtualised, as in the app.
  const style = document.createElement('style')
  style.textContent = '.library-scroll { height: 400px; overflow: auto; }'
  document.head.append(style)
})
afterEach(cleanup)
afterAll(() => {
  client?.close()
})

const articleCount = 350

/** Day `n` after 2020-01-01 as an ISO date. */
const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10)

async function archive(): Promise<ArchiveDatabase> {
  const database = freshDatabase()
  const articles = Array.from({ length: articleCount }, (_, n) =>
    makeArticle(`第${String(n)}篇`, paragraphs(`正文${String(n)}。`), {
      date: day(n),
      importedAt: n,
      tags: n % 7 === 0 ? ['七'] : [],
    }),
  )
  await database.articles.bulkAdd(articles)
  return database
}

function Library(props: { database: ArchiveDatabase; tag?: string }) {
  const [order, setOrder] = useState<LibraryOrder>('newest')
  const [selection, setSelection] = useState(emptySelection)
  if (client === null) throw new Error('no search worker')
  return (
    <>
      <output>{`${String(selection.ids.size)} selected`}</output>
      <LibraryList
        database={props.database}
        tag={props.tag ?? null}
        order={order}
        onOrder={setOrder}
        searchClient={client}
        revision={0}
        onFilter={() => undefined}
        onClearTag={() => undefined}
        selection={selection}
        onSelectionChange={setSelection}
      />
    </>
  )
}

const rowTitles = (container: HTMLElement) =>
  [...container.querySelectorAll('[role="option"] .row-title')].map((row) => row.textContent)

describe('LibraryList', () => {
  it('shows a new order only once its own rows are read, busy meanwhile', async () => {
    const container = await render(<Library database={await archive()} />)
    await expect.poll(() => rowTitles(container)[0]).toBe('第349篇')
    await userEvent.selectOptions(page.getByRole('combobox', { name: '文章库排序' }), 'oldest')
    // Never the old list under the new label: busy, or the new order's first row.
    const first = rowTitles(container)[0]
    if (first !== '第0篇') {
      expect(first).toBeUndefined()
      expect(container.textContent).toContain('正在整理文章库')
    }
    await expect.poll(() => rowTitles(container)[0]).toBe('第0篇')
    expect(container.textContent).not.toContain('正在整理文章库')
  })

  it('reads the rows far down the list as they come into view', async () => {
    const container = await render(<Library database={await archive()} />)
    await expect.poll(() => rowTitles(container)[0]).toBe('第349篇')
    const scroller = container.querySelector('.library-scroll')
    scroller?.scrollTo({ top: scroller.scrollHeight })
    await expect.poll(() => rowTitles(container).at(-1)).toBe('第0篇')
  })

  it('selects every article with Ctrl+A, not only the rows read', async () => {
    const container = await render(<Library database={await archive()} />)
    await expect.poll(() => rowTitles(container)[0]).toBe('第349篇')
    container.querySelector<HTMLElement>('[role="option"]')?.click()
    container.querySelector<HTMLElement>('[role="listbox"]')?.focus()
    await userEvent.keyboard('{Control>}a{/Control}')
    await expect.poll(() => container.querySelector('output')?.textContent).toBe('350 selected')
  })

  it('narrows to a tag in the chosen order, down to its last article', async () => {
    const container = await render(<Library database={await archive()} tag="七" />)
    await expect.poll(() => rowTitles(container).slice(0, 2)).toEqual(['第343篇', '第336篇'])
    const scroller = container.querySelector('.library-scroll')
    scroller?.scrollTo({ top: scroller.scrollHeight })
    await expect.poll(() => rowTitles(container).at(-1)).toBe('第0篇')
  })
})
