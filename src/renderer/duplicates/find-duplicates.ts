// Runs duplicate detection in a worker when the platform has workers, else in place.
import { findDuplicatePairs } from '../../core/archive/duplicates'
import type { DuplicateInput, DuplicatePair } from '../../core/archive/duplicates'

export function findDuplicatePairsOffThread(inputs: DuplicateInput[]): Promise<DuplicatePair[]> {
  if (typeof Worker !== 'function') return Promise.resolve(findDuplicatePairs(inputs))
  const worker = new Worker(new URL('./duplicates.worker.ts', import.meta.url), { type: 'module' })
  return new Promise<DuplicatePair[]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<DuplicatePair[]>) => {
      resolve(event.data)
    }
    worker.onerror = (event) => {
      reject(new Error(event.message))
    }
    worker.postMessage(inputs)
  }).finally(() => {
    worker.terminate()
  })
}
