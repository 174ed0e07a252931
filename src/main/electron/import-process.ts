// The import worker in the Electron app: a utility process, so its results can go to the page
// over a MessageChannelMain without passing through main. Main gives one end of the channel to
// the worker with the job it checked, the other to the page (the preload hands it on, see
// src/shared/api/import-port.ts), and keeps only the process handle.
import { MessageChannelMain, utilityProcess } from 'electron'
import type { WebContents } from 'electron'
import { portChannels } from '../../shared/api/contract'
import type { ImportPortNotice } from '../../shared/api/import-port'
import { exitOutcome } from '../import/worker-process'
import type { ImportWorkerExit, LaunchImportWorker } from '../import/worker-process'

/** `script`: the built worker (out/main/import-worker.js); `page`: the window's contents, if any. */
export function importProcessLauncher(
  script: string,
  page: () => WebContents | null,
): LaunchImportWorker {
  return (job) => {
    const child = utilityProcess.fork(script, [], { serviceName: 'Newsroom Archive import' })
    const { port1, port2 } = new MessageChannelMain()
    child.postMessage(job.start, [port1])
    const target = page()
    const notice: ImportPortNotice = { jobId: job.jobId }
    // Without a page the port closes at once, and the worker, seeing that, ends.
    if (target === null) port2.close()
    else target.postMessage(portChannels.importPort, notice, [port2])
    let fatal: string | null = null
    child.once('error', (type, location) => {
      fatal = `${type} at ${location}`
    })
    const exited = new Promise<ImportWorkerExit>((resolve) => {
      child.once('exit', (code) => {
        resolve(exitOutcome(code, fatal))
      })
    })
    return {
      exited,
      stop: () => {
        child.kill()
      },
    }
  }
}
