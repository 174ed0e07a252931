// An import job as the renderer runs it, in real Chromium: the port is posted to the window as
// the preload posts it, and a real rpc server stands for the import worker on its other end.
import { describe, expect, it } from 'vitest'
import type { ImportBatch, ImportEvent } from '../../shared/api/contract'
import { forwardImportPort } from '../../shared/api/import-port'
import type { ImportPortProtocol } from '../../shared/api/import-port'
import { encodeJson } from '../../shared/json'
import { domEndpoint, serve } from '../../shared/rpc'
import type { Handlers } from '../../shared/rpc'
import { runImportJob } from './run-import'
import type { ImportJobApi } from './run-import'

const batch = (done: number): ImportBatch => ({
  articles: [],
  files: [],
  sources: [],
  progress: { files: { done, total: 3 }, bytes: { done, total: 3 }, articles: 0 },
})
const summary = { cancelled: false, files: 3, failed: 0, articles: 0, skipped: 0 }

/** Main and the worker: startImport posts the job's port to the window, and answers only once
 * the port has arrived there (the order that needs the renderer to listen first). */
function fakeMain(work: Handlers<ImportPortProtocol>['import'], jobs: string[] = ['job-1']) {
  const listeners = new Set<(event: ImportEvent) => void>()
  let hungUp: () => void = () => undefined
  const hangUp = new Promise<void>((resolve) => (hungUp = resolve))
  const api: ImportJobApi = {
    startImport: async () => {
      const jobId = jobs.at(-1) ?? 'job-1'
      const arrived = new Promise((resolve) => {
        window.addEventListener('message', resolve, { once: true })
      })
      for (const job of jobs) {
        const channel = new MessageChannel()
        serve<ImportPortProtocol>(
          domEndpoint(channel.port2),
          { import: work },
          { onHangUp: hungUp },
        )
        forwardImportPort(window, { jobId: job }, [channel.port1])
      }
      await arrived
      return { jobId }
    },
    onImportEvent: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  const tell = (event: ImportEvent) => {
    for (const listener of listeners) listener(event)
  }
  return { api, tell, hangUp, listening: () => listeners.size }
}

describe('runImportJob', () => {
  it('stores every batch in order, answers with the summary, and hangs up', async () => {
    const main = fakeMain(async (_args, context) => {
      for (let done = 1; done <= 3; done++) await context.emit(encodeJson(batch(done)))
      return summary
    })
    const stored: number[] = []
    const started: string[] = []
    const end = await runImportJob(
      main.api,
      { paths: ['/报纸'] },
      {
        signal: new AbortController().signal,
        onStarted: (jobId) => started.push(jobId),
        onBatch: (received) => {
          stored.push(received.progress.files.done)
          return Promise.resolve()
        },
      },
    )
    expect(end).toEqual({ outcome: 'done', summary })
    expect(started).toEqual(['job-1'])
    expect(stored).toEqual([1, 2, 3])
    await main.hangUp
    expect(main.listening()).toBe(0)
  })

  it('takes its own job’s port, not another that came to the window', async () => {
    const main = fakeMain(() => summary, ['job-0', 'job-1'])
    const end = await runImportJob(
      main.api,
      { paths: ['/报纸'] },
      {
        signal: new AbortController().signal,
        onStarted: () => undefined,
        onBatch: () => Promise.resolve(),
      },
    )
    expect(end).toEqual({ outcome: 'done', summary })
  })

  it('cancels over the port, keeping the batches stored', async () => {
    let workerStopped: (value: boolean) => void = () => undefined
    const stopped = new Promise<boolean>((resolve) => (workerStopped = resolve))
    const main = fakeMain(async (_args, context) => {
      context.signal.addEventListener('abort', () => {
        workerStopped(true)
      })
      for (let done = 1; ; done++) await context.emit(encodeJson(batch(done)))
    })
    const controller = new AbortController()
    const stored: number[] = []
    const end = await runImportJob(
      main.api,
      { paths: ['/报纸'] },
      {
        signal: controller.signal,
        onStarted: () => undefined,
        onBatch: (received) => {
          stored.push(received.progress.files.done)
          controller.abort()
          return Promise.resolve()
        },
      },
    )
    expect(end).toEqual({ outcome: 'cancelled' })
    expect(stored).toEqual([1])
    expect(await stopped).toBe(true)
    await main.hangUp
  })

  it('stops the job with the error when a batch cannot be stored', async () => {
    let workerStopped: (value: boolean) => void = () => undefined
    const stopped = new Promise<boolean>((resolve) => (workerStopped = resolve))
    const main = fakeMain(async (_args, context) => {
      context.signal.addEventListener('abort', () => {
        workerStopped(true)
      })
      for (let done = 1; ; done++) await context.emit(encodeJson(batch(done)))
    })
    const job = runImportJob(
      main.api,
      { paths: ['/报纸'] },
      {
        signal: new AbortController().signal,
        onStarted: () => undefined,
        onBatch: () => Promise.reject(new Error('QuotaExceededError')),
      },
    )
    await expect(job).rejects.toThrow('QuotaExceededError')
    expect(await stopped).toBe(true)
  })

  it('ends as failed when main says the worker died', async () => {
    let running: () => void = () => undefined
    const isRunning = new Promise<void>((resolve) => (running = resolve))
    const main = fakeMain(() => {
      running()
      return new Promise<never>(() => undefined)
    })
    const failure = { code: 'app:errors.importFailed', params: { detail: 'exited with code 134' } }
    const job = runImportJob(
      main.api,
      { paths: ['/报纸'] },
      {
        signal: new AbortController().signal,
        onStarted: () => undefined,
        onBatch: () => Promise.resolve(),
      },
    )
    await isRunning
    main.tell({ type: 'failed', jobId: 'job-0', failure: { code: 'other job' } })
    main.tell({ type: 'failed', jobId: 'job-1', failure })
    expect(await job).toEqual({ outcome: 'failed', failure })
  })

  it('tells an error the worker answered as an import failure, with its words', async () => {
    const main = fakeMain(() => {
      throw new Error('EMFILE: too many open files')
    })
    const end = await runImportJob(
      main.api,
      { paths: ['/报纸'] },
      {
        signal: new AbortController().signal,
        onStarted: () => undefined,
        onBatch: () => Promise.resolve(),
      },
    )
    expect(end).toEqual({
      outcome: 'failed',
      failure: {
        code: 'app:errors.importFailed',
        params: { detail: 'EMFILE: too many open files' },
      },
    })
  })

  it('rejects, listening to nothing more, when main refuses the job', async () => {
    const main = fakeMain(() => summary)
    const api: ImportJobApi = {
      ...main.api,
      startImport: () => Promise.reject(new Error('Refused: /etc was not chosen by the user.')),
    }
    const job = runImportJob(
      api,
      { paths: ['/etc'] },
      {
        signal: new AbortController().signal,
        onStarted: () => undefined,
        onBatch: () => Promise.resolve(),
      },
    )
    await expect(job).rejects.toThrow(/not chosen/)
    expect(main.listening()).toBe(0)
  })
})
