// The worker's side of the protocol, independent of threads so it can be tested in-process.
import { runImport } from './batch'
import type { ImportSummary } from '../../shared/api/contract'
import type { PortLike, StartMessage, ToWorker } from './worker-messages'
import { errorDetail } from '../../shared/system-error'

export function serveImport(port: PortLike): void {
  const controller = new AbortController()
  let acked = -1
  let wakeUp: (() => void) | null = null
  let started = false

  const wake = (): void => {
    wakeUp?.()
    wakeUp = null
  }

  const run = async (start: StartMessage): Promise<ImportSummary> => {
    const batches = runImport(start.request, { signal: controller.signal, granted: start.granted })
    let sent = 0
    for (;;) {
      while (
        start.maxUnacked > 0 &&
        sent - 1 - acked >= start.maxUnacked &&
        !controller.signal.aborted
      ) {
        await new Promise<void>((resolve) => (wakeUp = resolve))
      }
      // After a cancel the runner stops at its next check and returns a cancelled summary.
      const next = await batches.next()
      if (next.done) return next.value
      port.postMessage({ type: 'batch', batch: sent++, data: next.value })
    }
  }

  port.on('message', (message: ToWorker) => {
    if (message.type === 'ack') {
      acked = Math.max(acked, message.batch)
      wake()
    } else if (message.type === 'cancel') {
      controller.abort()
      wake()
    } else if (!started) {
      started = true
      run(message).then(
        (summary) => {
          port.postMessage({ type: 'done', summary })
        },
        (error: unknown) => {
          port.postMessage({ type: 'failed', message: errorDetail(error) })
        },
      )
    }
  })
}
