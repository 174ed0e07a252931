// Batches stay bounded, progress adds up, a big folder is fine and cancelling stops cleanly.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runImport } from './batch'
import type { ImportBatch, ImportSummary } from '../../shared/api/contract'
import type { RunOptions } from './batch'

const FILES = 10_000

function pageText(n: number): string {
  return `第${n}号简讯标题\n\n本报讯 这是第${n}篇简讯的正文，内容很短。\n`
}

function bigPage(articles: number): string {
  const parts: string[] = []
  for (let i = 0; i < articles; i++) {
    parts.push(
      `园区新闻第${i}条\n\n本报讯（记者 周明）园区今天发布第${i}条消息，介绍企业发展情况。\n`,
    )
  }
  return parts.join('\n')
}

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-batch-'))
  await mkdir(join(dir, 'many'))
  for (let start = 0; start < FILES; start += 500) {
    await Promise.all(
      Array.from({ length: 500 }, (_, k) =>
        writeFile(join(dir, 'many', `${start + k}.txt`), pageText(start + k)),
      ),
    )
  }
  await writeFile(join(dir, 'big.txt'), bigPage(1000))
}, 120_000)

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function collect(
  paths: string[],
  options: RunOptions = {},
  onBatch: (count: number) => void = () => undefined,
): Promise<{ batches: ImportBatch[]; summary: ImportSummary }> {
  const batches: ImportBatch[] = []
  const runner = runImport({ paths }, options)
  for (;;) {
    const next = await runner.next()
    if (next.done) return { batches, summary: next.value }
    batches.push(next.value)
    onBatch(batches.length)
  }
}

describe('batch runner', () => {
  it('imports a folder of 10,000 files in natural order, in bounded batches with progress', async () => {
    const { batches, summary } = await collect([join(dir, 'many')])
    const articles = batches.flatMap((batch) => batch.articles)
    expect(summary).toMatchObject({ cancelled: false, files: FILES, failed: 0, articles: FILES })
    expect(articles.slice(0, 3).map((a) => a.title)).toEqual([
      '第0号简讯标题',
      '第1号简讯标题',
      '第2号简讯标题',
    ])
    expect(Math.max(...batches.map((batch) => batch.articles.length))).toBeLessThanOrEqual(200)
    const last = batches.at(-1)?.progress
    expect(last).toMatchObject({ files: { done: FILES, total: FILES }, articles: FILES })
    expect(last?.bytes.done).toBe(last?.bytes.total)
    const done = batches.map((batch) => batch.progress.files.done)
    expect(done).toEqual([...done].sort((a, b) => a - b))
  }, 120_000)

  it('splits a file of 1,000 articles into batches of at most 200 whole articles', async () => {
    const { batches, summary } = await collect([join(dir, 'big.txt')])
    expect(batches.map((batch) => batch.articles.length)).toEqual([200, 200, 200, 200, 200])
    expect(batches.flatMap((batch) => batch.files)).toHaveLength(1)
    expect(batches.at(-1)?.files[0]).toMatchObject({ error: null, articles: 1000 })
    expect(summary.articles).toBe(1000)
    const offsets = batches.flatMap((batch) => batch.articles.map((a) => a.source.offset))
    expect(offsets).toEqual(Array.from({ length: 1000 }, (_, i) => i))
    expect(new Set(batches.flatMap((b) => b.articles.map((a) => a.id))).size).toBe(1000)
  })

  it('stops after a cancel and reports only the articles delivered', async () => {
    const controller = new AbortController()
    const { batches, summary } = await collect(
      [join(dir, 'many')],
      { signal: controller.signal },
      (count) => {
        if (count === 2) controller.abort()
      },
    )
    expect(summary.cancelled).toBe(true)
    expect(batches).toHaveLength(2)
    expect(summary.articles).toBe(batches.flatMap((batch) => batch.articles).length)
    expect(summary.articles).toBeLessThan(FILES)
  })
})
