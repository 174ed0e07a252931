import { describe, expect, it } from 'vitest'
import type { ImportEvent } from '../../shared/api/contract'
import type { ImportJob, ImportWorkerExit } from '../import/worker-process'
import { ImportJobs } from './import-jobs'

function fakeWorkers() {
  const started: ImportJob[] = []
  const exits: ((exit: ImportWorkerExit) => void)[] = []
  let stopped = 0
  const events: ImportEvent[] = []
  const jobs = new ImportJobs((job) => {
    started.push(job)
    return {
      exited: new Promise<ImportWorkerExit>((resolve) => exits.push(resolve)),
      stop: () => {
        stopped++
        exits.at(-1)?.({ ok: false, detail: 'terminated' })
      },
    }
  }, events.push.bind(events))
  return { jobs, started, exits, events, stopped: () => stopped }
}

describe('ImportJobs', () => {
  it('starts a worker with the checked request and the grant, under a fresh job id', () => {
    const { jobs, started } = fakeWorkers()
    const first = jobs.start({ paths: ['/home/x/a.txt'] }, ['/home/x'])
    const second = jobs.start({ paths: ['/home/x/b.txt'] }, ['/home/x'])
    expect(first.jobId).toMatch(/^[a-z0-9-]{1,64}$/)
    expect(second.jobId).not.toBe(first.jobId)
    expect(started).toEqual([
      {
        jobId: first.jobId,
        start: { request: { paths: ['/home/x/a.txt'] }, granted: ['/home/x'] },
      },
      {
        jobId: second.jobId,
        start: { request: { paths: ['/home/x/b.txt'] }, granted: ['/home/x'] },
      },
    ])
  })

  it('tells the page of a worker that died, and of nothing else', async () => {
    const { jobs, exits, events } = fakeWorkers()
    const { jobId: crashed } = jobs.start({ paths: ['/home/x'] }, ['/home/x'])
    jobs.start({ paths: ['/home/y'] }, ['/home/y'])
    exits[0]?.({ ok: false, detail: 'import worker exited with code 134' })
    exits[1]?.({ ok: true })
    await expect.poll(() => events.length).toBe(1)
    expect(events).toEqual([
      {
        type: 'failed',
        jobId: crashed,
        failure: {
          code: 'app:errors.importFailed',
          params: { detail: 'import worker exited with code 134' },
        },
      },
    ])
  })

  it('stops every worker when asked, without calling it a failure', async () => {
    const { jobs, events, stopped } = fakeWorkers()
    jobs.start({ paths: ['/home/x'] }, ['/home/x'])
    jobs.stopAll()
    expect(stopped()).toBe(1)
    await Promise.resolve()
    expect(events).toEqual([])
  })
})
