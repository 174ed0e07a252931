import { describe, expect, it } from 'vitest'
import type { ImportEvent } from '../../shared/api/contract'
import { createTranslator } from '../../shared/locales/translator'
import type { ImportBatch, ImportSummary } from '../import/batch'
import { ImportJobs } from './import-jobs'

function fakeWorker() {
  const acks: number[] = []
  let finish: (summary: ImportSummary) => void = () => undefined
  let onBatch: (message: { batch: number; data: ImportBatch }) => void = () => undefined
  const jobs = (emit: (event: ImportEvent) => void) =>
    new ImportJobs((_request, batch) => {
      onBatch = batch
      return {
        ack: (number) => acks.push(number),
        cancel: () => {
          finish({ cancelled: true, files: 0, failed: 0, articles: 0, skipped: 0 })
        },
        done: new Promise<ImportSummary>((resolve) => (finish = resolve)),
      }
    }, emit)
  return {
    jobs,
    acks,
    send: (message: { batch: number; data: ImportBatch }) => {
      onBatch(message)
    },
  }
}

const batch: ImportBatch = {
  articles: [],
  files: [
    {
      file: 'a.png.txt',
      ok: false,
      encoding: null,
      articles: 0,
      error: { code: 'binaryFormat', params: { format: 'PNG' } },
      warnings: [],
      sourceText: null,
    },
    {
      file: 'b.txt',
      ok: true,
      encoding: 'gb18030',
      articles: 3,
      error: null,
      warnings: [{ code: 'invalidUtf8', params: { count: 2, offset: 10 } }],
      sourceText: '标题\n正文。',
    },
  ],
  progress: { filesDone: 2, filesTotal: 5, articlesDone: 3, bytesDone: 100, bytesTotal: 400 },
}

describe('ImportJobs', () => {
  it('reports files with messages the user can read, in both languages', () => {
    const events: ImportEvent[] = []
    const { jobs, send } = fakeWorker()
    jobs(events.push.bind(events)).start({ paths: ['/home/x'] })
    send({ batch: 0, data: batch })
    const event = events[0]
    if (event?.type !== 'batch') throw new Error('no batch event')
    expect(event.progress).toEqual({
      files: { done: 2, total: 5 },
      bytes: { done: 100, total: 400 },
      articles: 3,
    })
    const [failed, warned] = event.files
    const zh = createTranslator('zh-CN')
    const en = createTranslator('en')
    expect(zh(failed?.error?.code ?? '', failed?.error?.params)).toContain('PNG')
    expect(en(failed?.error?.code ?? '', failed?.error?.params)).toContain('PNG')
    const warning = warned?.warnings[0]
    expect(zh(warning?.code ?? '', warning?.params)).not.toBe(warning?.code)
    expect(warned?.encoding).toBe('gb18030')
    // The page text travels beside the reports, for the source view; only for files that imported.
    expect(event.sources).toEqual([{ file: 'b.txt', text: '标题\n正文。' }])
  })

  it('passes acknowledgements to the worker and ends with done, also when cancelled', async () => {
    const events: ImportEvent[] = []
    const { jobs, acks } = fakeWorker()
    const importJobs = jobs(events.push.bind(events))
    const { jobId } = importJobs.start({ paths: ['/home/x'] })
    importJobs.acknowledge(jobId, 0)
    importJobs.acknowledge('job-unknown', 5)
    expect(acks).toEqual([0])
    importJobs.cancel(jobId)
    await expect
      .poll(() => events.at(-1))
      .toEqual({
        type: 'done',
        jobId,
        cancelled: true,
        failure: null,
      })
  })
})
