// The real worker thread, driven from its job's port as the page drives it: batches arrive in
// order as JSON, a cancel ends the job with what was delivered, a second run is refused, and
// the worker exits once the caller hangs up.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MessageChannel } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportBatch } from '../../shared/api/contract'
import { importWindow } from '../../shared/api/import-port'
import type { ImportPortProtocol } from '../../shared/api/import-port'
import { decodeJson } from '../../shared/json'
import { connect, nodeEndpoint } from '../../shared/rpc'
import { startImportThread } from './start-worker'
import type { ImportWorkerStart } from './worker-process'

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

function startJob(paths: string[]) {
  const { port1, port2 } = new MessageChannel()
  const worker = startImportThread(script, { request: { paths }, granted: [dir] }, port1)
  const client = connect<ImportPortProtocol>(nodeEndpoint(port2))
  return { worker, client, port: port2 }
}

describe('import worker', () => {
  it('delivers the batches in order, then the summary, and exits when the caller hangs up', async () => {
    const { worker, client } = startJob([join(dir, 'empty.txt'), join(dir, 'page.txt')])
    const received: ImportBatch[] = []
    const summary = await client.call('import', null, {
      window: importWindow,
      onEvent: (json) => {
        received.push(decodeJson(json))
      },
    })
    expect(summary).toMatchObject({ cancelled: false, files: 2, failed: 1, articles: 1000 })
    // At most 200 articles a batch; the runner may also flush early on its 250 ms timer when the
    // machine is busy, so the count is a lower bound.
    expect(received.length).toBeGreaterThanOrEqual(5)
    for (const batch of received) expect(batch.articles.length).toBeLessThanOrEqual(200)
    const articles = received.flatMap((batch) => batch.articles)
    expect(articles).toHaveLength(1000)
    expect(articles[999]?.title).toBe('开发区新闻第999条')
    expect(received[0]?.files[0]?.error?.code).toBe('import:error.emptyFile')
    expect(received.map((batch) => batch.progress.articles)).toEqual(
      received.map((_, index) =>
        received.slice(0, index + 1).reduce((sum, batch) => sum + batch.articles.length, 0),
      ),
    )
    client.close(new Error('done'))
    expect(await worker.exited).toEqual({ ok: true })
  }, 30_000)

  it('stops when cancelled, keeping what was delivered, and refuses to run twice', async () => {
    const { worker, client } = startJob([
      join(dir, 'page.txt'),
      join(dir, 'page.txt'),
      join(dir, 'page.txt'),
    ])
    const controller = new AbortController()
    let delivered = 0
    const run = client.call('import', null, {
      window: 1,
      signal: controller.signal,
      onEvent: (json) => {
        delivered += decodeJson(json).articles.length
        controller.abort()
      },
    })
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
    expect(delivered).toBeGreaterThan(0)
    expect(delivered).toBeLessThan(3000)
    await expect(client.call('import', null)).rejects.toThrow(/running already/)
    client.close(new Error('done'))
    expect(await worker.exited).toEqual({ ok: true })
  }, 30_000)

  it('ends when the other end of its port is gone, as when the page closes', async () => {
    const { worker, port } = startJob([join(dir, 'page.txt')])
    port.close()
    expect(await worker.exited).toEqual({ ok: true })
  }, 30_000)

  it('reports a worker that failed as ended early, with the reason', async () => {
    const { port1 } = new MessageChannel()
    const broken = { request: null, granted: [] } as unknown as ImportWorkerStart
    const worker = startImportThread(script, broken, port1)
    expect(await worker.exited).toEqual({
      ok: false,
      detail: 'import worker: started without a job',
    })
  }, 30_000)
})
