// A live query's value belongs to what it was asked for: when the question changes (another
// order, another tag), the old answer is gone at once and the new one follows.
import { act, useState } from 'react'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { cleanup, render, rerender } from '../testing/render'
import { openArchiveDatabase } from './database'
import type { ArchiveDatabase } from './database'
import { useArchiveQuery } from './use-archive-query'

const database = openArchiveDatabase(`test-${crypto.randomUUID()}`)

afterEach(cleanup)
afterAll(async () => {
  await database.delete()
})

function PaperCount({ database }: { database: ArchiveDatabase }) {
  const [paper, setPaper] = useState('青禾日报')
  const count = useArchiveQuery(
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
  const count = useArchiveQuery(() => database.articles.count(), [database], { paused })
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
