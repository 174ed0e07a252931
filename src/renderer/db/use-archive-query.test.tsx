// A live query's value belongs to what it was asked for: when the question changes (another
// order, another tag), the old answer is gone at once and the new one follows.
import { act, useState } from 'react'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { cleanup, render, rerender } from '../testing/render'
import { openArchiveDatabase } from './database'
import type { ArchiveDatabase } from './database'
import { asBulkWrite } from './bulk-writes'
import { useArchiveQuery } from './use-archive-query'

const database = openArchiveDatabase(`test-${crypto.randomUUID()}`)

afterEach(cleanup)
afterAll(async () => {
  await database.delete()
})

function PaperCount({ database }: { database: ArchiveDatabase }) {
  const [paper, setPaper] = useState('青禾日报')
  const count = useArchiveQuery(
    database,
    () => database.articles.where('paper').equals(paper).count(),
    [database, paper],
  )
  return (
    <button
      type="button"
      onClick={() => {
        setPaper('人民日报')
      }}
    >
      {count === undefined ? 'busy' : `${paper} ${String(count)}`}
    </button>
  )
}

describe('useArchiveQuery', () => {
  it('drops the old answer the moment the question changes, then gives the new one', async () => {
    await database.articles.bulkAdd([
      makeArticle('一', paragraphs('甲。'), { paper: '青禾日报' }),
      makeArticle('二', paragraphs('乙。'), { paper: '青禾日报' }),
      makeArticle('三', paragraphs('丙。'), { paper: '人民日报' }),
    ])
    const container = await render(<PaperCount database={database} />)
    const text = () => container.querySelector('button')?.textContent
    await expect.poll(text).toBe('青禾日报 2')
    act(() => {
      container.querySelector('button')?.click()
    })
    expect(text()).toBe('busy')
    await expect.poll(text).toBe('人民日报 1')
  })
})

function PausedCount({ database, paused }: { database: ArchiveDatabase; paused: boolean }) {
  const count = useArchiveQuery(database, () => database.articles.count(), [database], { paused })
  return <output>{count === undefined ? 'busy' : String(count)}</output>
}

describe('a paused useArchiveQuery', () => {
  it('keeps its answer while paused and reads what changed meanwhile when resumed', async () => {
    const database = openArchiveDatabase(`test-${crypto.randomUUID()}`)
    await database.articles.bulkAdd([makeArticle('一', paragraphs('甲。'))])
    const container = await render(<PausedCount database={database} paused={false} />)
    const text = () => container.querySelector('output')?.textContent
    await expect.poll(text).toBe('1')
    await rerender(<PausedCount database={database} paused />)
    await database.articles.bulkAdd([makeArticle('二', paragraphs('乙。'))])
    expect(text()).toBe('1')
    await rerender(<PausedCount database={database} paused={false} />)
    // Resumed: the old answer stays on screen (never "busy") until the new one is read.
    expect(text()).toBe('1')
    await expect.poll(text).toBe('2')
    await database.delete()
  })
})

const reads = new Map<ArchiveDatabase, number>()

/** A count that also shows how many times it was read. */
function CountedReads({ database }: { database: ArchiveDatabase }) {
  const count = useArchiveQuery(
    database,
    () => {
      reads.set(database, (reads.get(database) ?? 0) + 1)
      return database.articles.count()
    },
    [database],
    { intervalMs: 0 },
  )
  return (
    <output>
      {count === undefined ? 'busy' : `${String(count)} ${String(reads.get(database) ?? 0)}`}
    </output>
  )
}

/** A few browser tasks: long enough for a query asked for by a write to run. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 20))
}

describe('what makes useArchiveQuery read again', () => {
  it('reads once when a bulk write ends, not after each of its transactions', async () => {
    const database = openArchiveDatabase(`test-${crypto.randomUUID()}`)
    await database.articles.bulkAdd([makeArticle('一', paragraphs('甲。'))])
    const container = await render(<CountedReads database={database} />)
    const text = () => container.querySelector('output')?.textContent
    await expect.poll(text).toBe('1 1')
    await asBulkWrite(async () => {
      for (const title of ['二', '三', '四']) {
        await database.articles.add(makeArticle(title, paragraphs('乙。')))
        await settle()
      }
      expect(text()).toBe('1 1')
    })
    await expect.poll(text).toBe('4 2')
    await settle()
    expect(text()).toBe('4 2')
    await database.delete()
  })

  it('does not read again for writes to tables it does not read', async () => {
    const database = openArchiveDatabase(`test-${crypto.randomUUID()}`)
    const container = await render(<CountedReads database={database} />)
    const text = () => container.querySelector('output')?.textContent
    await expect.poll(text).toMatch(/^0 /u)
    await settle()
    const before = text()
    await database.settings.put({ key: 'language', value: 'en' })
    await database.searchChunks.put({ key: 'manifest', data: '{}' })
    // Nor for the articles of another database of the origin.
    const other = openArchiveDatabase(`test-${crypto.randomUUID()}`)
    await other.articles.add(makeArticle('二', paragraphs('乙。')))
    await settle()
    expect(text()).toBe(before)
    await other.delete()
    await database.articles.add(makeArticle('一', paragraphs('甲。')))
    await expect.poll(text).toMatch(/^1 /u)
    await database.delete()
  })
})
