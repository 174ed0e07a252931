// One import job as the renderer runs it: main starts it, and its results come straight from the
// import worker over the job's port (src/shared/api/import-port.ts). Each batch is stored before
// it is acknowledged, and the worker waits while two are unacknowledged; a cancel goes over the
// port; once the job is over the port is hung up, so the worker ends.
import type {
  ImportBatch,
  ImportEvent,
  ImportRequest,
  ImportSummary,
  MessageRef,
  NewsroomApi,
} from '../../shared/api/contract'
import { importWindow } from '../../shared/api/import-port'
import type { ImportPortProtocol } from '../../shared/api/import-port'
import { decodeJson } from '../../shared/json'
import { connect, domEndpoint, isAbortError } from '../../shared/rpc'
import { errorDetail } from '../../shared/system-error'
import { listenForImportPorts } from '../platform/import-ports'

export type ImportJobApi = Pick<NewsroomApi, 'startImport' | 'onImportEvent'>

export interface ImportJobOptions {
  /** Main has started the job. */
  onStarted(jobId: string): void
  /** Stores one batch; a throw stops the job, and `runImportJob` rejects with it. */
  onBatch(batch: ImportBatch): Promise<void>
  /** Cancels: the batches stored stay, the one being stored is finished, no more come. */
  signal: AbortSignal
  /** The window the job's port is posted to. */
  target?: Window
}

export type ImportJobEnd =
  | { outcome: 'done'; summary: ImportSummary }
  | { outcome: 'cancelled' }
  | { outcome: 'failed'; failure: MessageRef }

/** The worker died before answering; main said so (an ImportEvent). */
class WorkerGone extends Error {
  constructor(readonly failure: MessageRef) {
    super(failure.code)
  }
}

const importFailed = (detail: string): MessageRef => ({
  code: 'app:errors.importFailed',
  params: { detail },
})

/** Rejects when main refuses the job (a path the user did not choose) or a batch cannot be stored. */
export async function runImportJob(
  api: ImportJobApi,
  request: ImportRequest,
  options: ImportJobOptions,
): Promise<ImportJobEnd> {
  // Both listen before the job starts: the port and main's word may come before its answer.
  const ports = listenForImportPorts(options.target)
  let jobId: string | null = null
  const before: ImportEvent[] = []
  let told: (failure: MessageRef) => void = () => undefined
  const workerGone = new Promise<MessageRef>((resolve) => (told = resolve))
  const unsubscribe = api.onImportEvent((event) => {
    if (jobId === null) before.push(event)
    else if (event.jobId === jobId) told(event.failure)
  })
  try {
    jobId = (await api.startImport(request)).jobId
    for (const event of before) if (event.jobId === jobId) told(event.failure)
    options.onStarted(jobId)
    const arrival = await Promise.race([
      ports.take(jobId).then((port) => ({ port })),
      workerGone.then((failure) => ({ failure })),
    ])
    if ('failure' in arrival) return { outcome: 'failed', failure: arrival.failure }
    return await runOverPort(arrival.port, workerGone, options)
  } finally {
    unsubscribe()
    ports.close()
  }
}

async function runOverPort(
  port: MessagePort,
  workerGone: Promise<MessageRef>,
  options: ImportJobOptions,
): Promise<ImportJobEnd> {
  const client = connect<ImportPortProtocol>(domEndpoint(port))
  void workerGone.then((failure) => {
    client.close(new WorkerGone(failure))
  })
  // Set when storing a batch failed: that error is the one to tell, not the cancel it caused.
  const storing: { failed: boolean; error: unknown } = { failed: false, error: null }
  try {
    const summary = await client.call('import', null, {
      window: importWindow,
      signal: options.signal,
      onEvent: async (json) => {
        try {
          await options.onBatch(decodeJson(json))
        } catch (error) {
          storing.failed = true
          storing.error = error
          throw error
        }
      },
    })
    return { outcome: 'done', summary }
  } catch (error) {
    if (storing.failed) throw storing.error
    if (error instanceof WorkerGone) return { outcome: 'failed', failure: error.failure }
    if (isAbortError(error)) return { outcome: 'cancelled' }
    return { outcome: 'failed', failure: importFailed(errorDetail(error)) }
  } finally {
    // Hanging up ends the worker; closing the port too ends it even if the word were lost.
    client.close(new Error('The import is over.'))
    port.close()
  }
}
