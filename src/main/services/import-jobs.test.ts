import { describe, expect, it } from 'vitest'
import type { ImportBatch, ImportEvent, ImportSummary } from '../../shared/api/contract'
import { ImportJobs } from './import-jobs'

function fakeWorker() {
  const acks: number[] = []
  let finish: (summary: ImportSummary) => void = () => undefined
  let onBatch: (message: { batch: number; data: ImportBatch }) => void = () => undefined
  const jobs = (emit: (event: ImportEvent) => void) =>
    new ImportJobs((_request, _granted, batch) => {
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
      encoding: null,
      articles: 0,
      error: { code: 'import:error.binaryFormat', params: { format: 'PNG' } },
      warnings: [],
    },
  ],
  sources: [],
  progress: { files: { done: 1, total: 5 }, bytes: { done: 100, total: 400 }, articles: 0 },
}

describe('ImportJobs', () => {
  it("forwards the worker's batches as they are, under the job's id", () => {
    const events: ImportEvent[] = []
    const { jobs, send } = fakeWorker()
    const { jobId } = jobs(events.push.bind(events)).start({ paths: ['/home/x'] }, ['/home/x'])
    send({ batch: 0, data: batch })
    expect(events).toEqual([{ type: 'batch', jobId, batch: 0, ...batch }])
  })

  it('passes acknowledgements to the worker and ends with done, also when cancelled', async () => {
    const events: ImportEvent[] = []
    const { jobs, acks } = fakeWorker()
    const importJobs = jobs(events.push.bind(events))
    const { jobId } = importJobs.start({ paths: ['/home/x'] }, ['/home/x'])
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
