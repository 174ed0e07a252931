// Entry module of the import worker. In the Electron app it runs as a utility process (started
// by src/main/electron/import-process.ts), handed the job and its port by main; in the browser
// host and the tests, as a worker thread (./start-worker.ts) with both in `workerData`. Either
// way it serves the one job and exits once the page has hung up or gone.
import { parentPort, workerData } from 'node:worker_threads'
import type { MessagePort } from 'node:worker_threads'
import { threadJobPort, utilityJobPort } from './job-port'
import type { UtilityPort } from './job-port'
import { serveImportJob } from './serve'
import { isImportWorkerStart } from './worker-process'

/** Electron's `process.parentPort`, present only in a utility process. */
interface UtilityParent {
  once(type: 'message', listener: (event: { data: unknown; ports: UtilityPort[] }) => void): unknown
}

function fail(reason: string): never {
  throw new Error(`import worker: ${reason}`)
}

const utility = (process as { parentPort?: UtilityParent }).parentPort

if (parentPort !== null) {
  const { start, port } = workerData as { start: unknown; port: MessagePort }
  if (!isImportWorkerStart(start)) fail('started without a job')
  void serveImportJob(start, threadJobPort(port)).then(() => {
    process.exit(0)
  })
} else if (utility !== undefined) {
  utility.once('message', ({ data, ports: [port] }) => {
    if (!isImportWorkerStart(data) || port === undefined) fail('started without a job')
    void serveImportJob(data, utilityJobPort(port)).then(() => {
      process.exit(0)
    })
  })
}
