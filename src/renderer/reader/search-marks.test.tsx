// The marks the search worker computes, as the results list and the reader draw them: the real
// module worker indexing the real archive in IndexedDB, in Chromium. The worker opens the
// app's own archive database, so this file fills that one (no other test uses it) and deletes it.
import { act, useState } from 'react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import type { Article } from '../../shared/article'
import { ArchiveHistory } from '../archive/archive-history'
import { onArticlesChanged } from '../archive/change-announcements'
import { renameTag } from '../tags/tag-admin'
import { addTags } from '../tags/tagging'
import { openArchiveDatabase } from '../db/database'
import { initI18n } from '../i18n/i18n'
import { emptySelection } from '../list/selection'
import { SearchClient } from '../search/search-client'
import { SearchResults } from '../search/SearchResults'
import { useSearch } from '../search/use-search'
import { cleanup, render } from '../testing/render'
import { ArticleReader } from './ArticleReader'

const visit = makeArticle('习近平总书记考察随州', paragraphs('会上，习近平同志指出，要发展。'), {
  date: '2024-05-07',
})
/** A paragraph broken at a line end between two Han characters, as pasted text often is. */
const lineEnd = makeArticle(
  '座谈会召开',
  paragraphs(`${'前言。'.repeat(40)}会上，习近平\n总书记强调。`),
)
/** A phrase across a paragraph end, which the engine matches as one. */
const twoParagraphs = makeArticle(
  '调研纪行',
  paragraphs('会上，习近平', '总书记指出，要抓好冷链。', '习近平总书记强调。'),
)
/** Opened in the reader only, and changed there. */
const tea = makeArticle('茶园丰收', paragraphs('茶园今年丰收，茶园面积扩大。', '采茶季节到了。'))
const storage = Array.from({ length: 60 }, (_, i) =>
  makeArticle(
    `第${String(i + 1)}座冷库`,
    paragraphs(`${'柳塘镇'.repeat(20)}冷库编号${String(i)}。`),
    {
      date: `2023-0${String(Math.floor(i / 28) + 1)}-${String((i % 28) + 1).padStart(2, '0')}`,
    },
  ),
)

const database = openArchiveDatabase()
let client: SearchClient | null = null

function searchClient(): SearchClient {
  if (client === null) throw new Error('no worker')
  return client
}

beforeAll(async () => {
  await initI18n('zh-CN')
  await database.articles.clear()
  await database.articles.bulkAdd([visit, lineEnd, twoParagraphs, tea, ...storage])
  const started = new SearchClient()
  client = started
  // The worker builds its index from the archive first.
  await new Promise<void>((resolve) => {
    started.onProgress((progress) => {
      if (progress.phase === 'ready') resolve()
    })
  })
  // Rows on screen only: the list is virtualised, as in the app.
  const style = document.createElement('style')
  style.textContent = '.library-scroll { height: 400px; overflow: auto; }'
  document.head.append(style)
})
afterEach(cleanup)
afterAll(async () => {
  client?.close()
  database.close()
  await database.delete()
})

function Results({ query }: { query: string }) {
  const search = useSearch(searchClient(), query, 'relevance', 0)
  const [selection, setSelection] = useState(emptySelection)
  return (
    <SearchResults
      database={database}
      searchClient={searchClient()}
      search={search}
      indexProgress={searchClient().progress}
      selection={selection}
      onSelectionChange={setSelection}
      onRefine={() => undefined}
    />
  )
}

function Reader({ article, query }: { article: Article; query: string }) {
  return (
    <ArticleReader
      database={database}
      searchClient={searchClient()}
      history={new ArchiveHistory(database)}
      articleId={article.id}
      query={query}
      onDelete={() => undefined}
      onCite={() => undefined}
      onFailed={() => undefined}
      onOpen={() => undefined}
      onCopied={() => undefined}
    />
  )
}

const texts = (elements: Iterable<Element>): string[] =>
  [...elements].map((element) => element.textContent)

/** The row of an article: its marked headline pieces and snippet pieces. */
function rowMarks(container: HTMLElement, title: string): { title: string[]; snippet: string[] } {
  const row = [...container.querySelectorAll('[role="option"]')].find(
    (option) => option.querySelector('.row-title')?.textContent === title,
  )
  return {
    title: texts(row?.querySelectorAll('.row-title mark') ?? []),
    snippet: texts(row?.querySelectorAll('.row-snippet mark') ?? []),
  }
}

/** The results of one query, then another at the press of a button, as typing does. */
function Switching({ first, second }: { first: string; second: string }) {
  const [query, setQuery] = useState(first)
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setQuery(second)
        }}
      >
        next query
      </button>
      <Results query={query} />
    </>
  )
}

describe('the results list', () => {
  it('never shows the previous query’s list or count for a new query, and starts it at the top', async () => {
    const container = await render(<Switching first="柳塘镇" second="冷库编号1" />)
    await expect.element(page.getByText('共 60 篇', { exact: false })).toBeVisible()
    const scroller = () => container.querySelector<HTMLElement>('.library-scroll')
    const list = scroller()
    if (list === null) throw new Error('no results list')
    list.scrollTop = list.scrollHeight
    await expect.poll(() => list.scrollTop).toBeGreaterThan(0)
    const status = () => container.querySelector('.search-status')?.textContent ?? ''
    act(() => {
      container.querySelector('button')?.click()
    })
    // At once, before any answer: no old rows, and the status names the new query.
    expect(status()).toBe('正在搜索“冷库编号1”…')
    expect(container.querySelectorAll('[role="option"]')).toHaveLength(0)
    await expect.poll(status).toMatch(/^共 11 篇/u)
    expect(scroller()?.scrollTop).toBe(0)
  })

  it('marks simplified text for a traditional query, in the headline and the snippet', async () => {
    const container = await render(<Results query="習近平" />)
    await expect.element(page.getByText('共 3 篇', { exact: false })).toBeVisible()
    await expect
      .poll(() => rowMarks(container, visit.title ?? ''))
      .toEqual({ title: ['习近平'], snippet: ['习近平'] })
    expect(rowMarks(container, lineEnd.title ?? '').snippet).toEqual(['习近平'])
    // The snippet is cut around the hit, not the opening of the body.
    const row = [...container.querySelectorAll('.row-snippet')].find((snippet) =>
      snippet.textContent.includes('前言'),
    )
    expect(row?.textContent).toMatch(/^…[前言。]+会上，习近平\n总书记强调。$/)
  })

  it('marks a phrase across a line end between two Chinese characters across it', async () => {
    const container = await render(<Results query="习近平总书记" />)
    await expect
      .poll(() => rowMarks(container, lineEnd.title ?? '').snippet)
      .toEqual(['习近平\n总书记'])
    expect(rowMarks(container, twoParagraphs.title ?? '').snippet).toEqual([
      '习近平\n总书记',
      '习近平总书记',
    ])
    expect(rowMarks(container, visit.title ?? '')).toEqual({ title: ['习近平总书记'], snippet: [] })
  })

  it('marks rows scrolled to beyond the first page too', async () => {
    const container = await render(<Results query="冷库" />)
    await expect.element(page.getByText('共 60 篇', { exact: false })).toBeVisible()
    const scroller = container.querySelector('.library-scroll')
    if (scroller === null) throw new Error('no list')
    // Ranked by occurrences (all equal), then newest first: the oldest article comes last. To the
    // end of the list, as a user scrolls on while rows of measured height still come in.
    await expect
      .poll(() => {
        scroller.scrollTop = scroller.scrollHeight
        return rowMarks(container, storage[0]?.title ?? '')
      })
      .toEqual({ title: ['冷库'], snippet: ['冷库'] })
  })
})

describe('the reader', () => {
  const hits = () => page.getByRole('group', { name: '命中位置' })

  it('marks every hit the worker found and steps through them, one across a paragraph end', async () => {
    const container = await render(<Reader article={twoParagraphs} query="习近平总书记" />)
    // Before the first step: how many, never a position 0.
    await expect.element(hits()).toHaveTextContent('共 2 处')
    const paragraphMarks = () =>
      [...container.querySelectorAll('.reader-body p')].map((p) =>
        texts(p.querySelectorAll('mark')),
      )
    expect(paragraphMarks()).toEqual([['习近平'], ['总书记'], ['习近平总书记']])
    await hits().getByRole('button', { name: '下一处' }).click()
    await expect.element(hits()).toHaveTextContent('第 1 / 2 处')
    expect(texts(container.querySelectorAll('mark.current-hit'))).toEqual(['习近平', '总书记'])
    await hits().getByRole('button', { name: '下一处' }).click()
    await expect.element(hits()).toHaveTextContent('第 2 / 2 处')
    expect(texts(container.querySelectorAll('mark.current-hit'))).toEqual(['习近平总书记'])
    await hits().getByRole('button', { name: '上一处' }).click()
    await expect.element(hits()).toHaveTextContent('第 1 / 2 处')
    await hits().getByRole('button', { name: '下一处' }).click()
    await hits().getByRole('button', { name: '下一处' }).click()
    await expect.element(hits()).toHaveTextContent('第 1 / 2 处')
  })

  it('steps back from the start to the last hit', async () => {
    const container = await render(<Reader article={tea} query="茶" />)
    await expect.element(hits()).toHaveTextContent('共 4 处')
    await hits().getByRole('button', { name: '上一处' }).click()
    await expect.element(hits()).toHaveTextContent('第 4 / 4 处')
    expect(texts(container.querySelectorAll('mark.current-hit'))).toEqual(['茶'])
    expect(container.querySelector('.reader-body p:nth-of-type(2) mark.current-hit')).not.toBeNull()
  })

  it('keeps the marks and the position while only the tags change', async () => {
    const container = await render(<Reader article={tea} query="茶园" />)
    await expect.element(hits()).toHaveTextContent('共 3 处')
    await hits().getByRole('button', { name: '下一处' }).click()
    await hits().getByRole('button', { name: '下一处' }).click()
    await expect.element(hits()).toHaveTextContent('第 2 / 3 处')
    await database.articles.update(tea.id, { tags: ['农业'], updatedAt: tea.updatedAt + 1 })
    await expect.element(page.getByText('农业', { exact: true })).toBeVisible()
    expect(hits().element().textContent).toContain('第 2 / 3 处')
    expect(texts(container.querySelectorAll('mark.current-hit'))).toEqual(['茶园'])
  })

  it('marks a text changed without a newer time, as a restore may merge it', async () => {
    const container = await render(<Reader article={tea} query="茶园" />)
    await expect.element(hits()).toHaveTextContent('共 3 处')
    const stored = await database.articles.get(tea.id)
    await database.articles.update(tea.id, {
      blocks: paragraphs('茶园一角。'),
      updatedAt: stored?.updatedAt ?? tea.updatedAt,
    })
    await expect.element(hits()).toHaveTextContent('共 2 处')
    expect(texts(container.querySelectorAll('.reader-body mark'))).toEqual(['茶园'])
  })

  it('marks simplified text for a traditional query in the headline and the body', async () => {
    const container = await render(<Reader article={visit} query="習近平" />)
    await expect.element(hits()).toHaveTextContent('共 2 处')
    expect(texts(container.querySelectorAll('.reader-title mark'))).toEqual(['习近平'])
    expect(texts(container.querySelectorAll('.reader-body mark'))).toEqual(['习近平'])
  })

  it('marks the text as edited, not as it was', async () => {
    const article = storage[0]
    if (article === undefined) throw new Error('fixture')
    const container = await render(<Reader article={article} query="冷库" />)
    await expect.element(hits()).toHaveTextContent('共 2 处')
    await database.articles.update(article.id, {
      blocks: paragraphs('冷库一号，冷库二号。'),
      updatedAt: article.updatedAt + 1,
    })
    await expect.element(hits()).toHaveTextContent('共 3 处')
    expect(texts(container.querySelectorAll('.reader-body mark'))).toEqual(['冷库', '冷库'])
  })
})

describe('the search client', () => {
  const request = (query: string) => ({
    query,
    limit: 100,
    sort: 'relevance' as const,
    firstPage: false,
    facets: false,
    markedRows: 0,
  })

  it('drops a search no longer wanted, and answers the next', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(searchClient().search(request('冷库'), controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    })
    const answer = await searchClient().search(request('冷库编号'))
    expect(answer.ok ? answer.total : null).toBe(60)
  })

  it('finds what it was told was stored, in a search sent after', async () => {
    const fresh = makeArticle('新到的稿件', paragraphs('石榴花开满山坡。'))
    searchClient().articlesStored([fresh])
    const answer = await searchClient().search(request('石榴花'))
    expect(answer.ok ? answer.ids : null).toEqual([fresh.id])
  })

  it('follows a tagging, its undo and a rename from the tag lists: 标签: finds what the tree shows', async () => {
    const orchard = makeArticle('果园新貌', paragraphs('石榴园里挂满了果。'))
    await database.articles.add(orchard)
    searchClient().articlesStored([orchard])
    const history = new ArchiveHistory(database)
    const stop = onArticlesChanged(database, (ids, kind) => {
      searchClient().articlesChanged(ids, kind === 'retagged')
    })
    const found = async (query: string) => {
      const answer = await searchClient().search(request(query))
      return answer.ok ? answer.ids : null
    }
    try {
      await addTags(history, [orchard.id], ['农业/果园'])
      expect(await found('标签:农业 石榴园')).toEqual([orchard.id])
      await renameTag(history, '农业/果园', '农业/林果')
      expect(await found('标签:农业/林果')).toEqual([orchard.id])
      expect(await found('标签:农业/果园')).toEqual([])
      await history.undo()
      expect(await found('标签:农业/果园')).toEqual([orchard.id])
      await history.undo()
      expect(await found('标签:农业')).toEqual([])
      // The text is still indexed as it was.
      expect(await found('石榴园')).toEqual([orchard.id])
    } finally {
      stop()
    }
  })

  it('answers a search during a big import from what is indexed, says what is still to come', async () => {
    const imported = Array.from({ length: 5000 }, (_, i) =>
      makeArticle(
        `第${String(i)}批入库`,
        paragraphs(`${'青禾县'.repeat(30)}验收批次${String(i)}。`),
      ),
    )
    await database.articles.bulkAdd(imported)
    searchClient().articlesStored(imported)
    const first = await searchClient().search(request('验收批次'))
    if (!first.ok) throw new Error('the search failed')
    // Answered before the import is indexed, and saying so: never "none found".
    expect(first.pending).toBeGreaterThan(0)
    expect(first.complete).toBe(false)
    expect(first.total + first.pending).toBeGreaterThanOrEqual(5000)
    await expect
      .poll(async () => {
        const later = await searchClient().search(request('验收批次'))
        return later.ok ? [later.total, later.pending, later.complete] : null
      })
      .toEqual([5000, 0, true])
    await database.articles.bulkDelete(imported.map((article) => article.id))
    searchClient().articlesChanged(imported.map((article) => article.id))
    const after = await searchClient().search(request('验收批次'))
    expect(after.ok ? after.total : null).toBe(0)
  })
})
