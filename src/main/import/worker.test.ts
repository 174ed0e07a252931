// The real worker thread: batches arrive numbered, the worker waits for acks (flow control), and
// cancel ends the job with what was delivered.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BatchMessage } from './worker-messages'
import { startImportWorker } from './start-worker'

const script = fileURLToPath(new URL('./testing/ts-worker.mjs', import.meta.url))

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-worker-'))
  const parts: string[] = []
  for (let i = 0; i < 1000; i++)
    parts.push(`开发区新闻第${i}条\n\n本报讯 开发区今天发布第${i}条消息。\n`)
  await writeFile(join(dir, 'page.txt'), parts.join('\n'))
  await writeFile(join(dir, 'empty.txt'), '')
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('import worker', () => {
  it('delivers numbered batches, one in flight at a time when acks come late', async () => {
    const received: BatchMessage[] = []
    let unacked = 0
    let maxUnacked = 0
    const handle = startImportWorker(
      script,
      { paths: [join(dir, 'empty.txt'), join(dir, 'page.txt')] },
      [dir],
      (message) => {
        received.push(message)
        unacked++
        maxUnacked = Math.max(maxUnacked, unacked)
        setTimeout(() => {
          unacked--
          handle.ack(message.batch)
        }, 20)
      },
      { maxUnacked: 1 },
    )
    const summary = await handle.done
    expect(summary).toMatchObject({ cancelled: false, files: 2, failed: 1, articles: 1000 })
    // At most 200 articles a batch; the runner may also flush early on its 250 ms timer when the
    // machine is busy, so the count is a lower bound and the numbering is what must hold.
    expect(received.length).toBeGreaterThanOrEqual(5)
    expect(received.map((message) => message.batch)).toEqual(received.map((_, index) => index))
    for (const message of received) expect(message.data.articles.length).toBeLessThanOrEqual(200)
    expect(received.flatMap((message) => message.data.articles)).toHaveLength(1000)
    expect(received[0]?.data.files[0]?.error?.code).toBe('import:error.emptyFile')
    expect(maxUnacked).toBe(1)
  }, 30_000)

  it('stops when cancelled, keeping what was delivered', async () => {
    let delivered = 0
    const handle = startImportWorker(
      script,
      { paths: [join(dir, 'page.txt'), join(dir, 'page.txt'), join(dir, 'page.txt')] },
      [dir],
      (message) => {
        delivered += message.data.articles.length
        if (message.batch === 0) handle.cancel()
        handle.ack(message.batch)
      },
      { maxUnacked: 1 },
    )
    const summary = await handle.done
    expect(summary.cancelled).toBe(true)
    expect(summary.articles).toBe(delivered)
    expect(delivered).toBeLessThan(3000)
  }, 30_000)
})
