// Runs duplicate detection in a worker when the platform has workers, else in place. The search
// is one long computation that cannot stop halfway, so cancelling ends the worker.
import { findDuplicatePairs } from '../../core/archive/duplicates'
import type { DuplicateInput, DuplicatePair } from '../../core/archive/duplicates'
import { connect, domEndpoint } from '../../shared/rpc'
import type { DuplicatesProtocol } from './worker-protocol'

export async function findDuplicatePairsOffThread(
  inputs: DuplicateInput[],
  signal?: AbortSignal,
): Promise<DuplicatePair[]> {
  if (typeof Worker !== 'function') return findDuplicatePairs(inputs)
  const worker = new Worker(new URL('./duplicates.worker.ts', import.meta.url), { type: 'module' })
  const client = connect<DuplicatesProtocol>(domEndpoint(worker))
  worker.addEventListener('error', (event) => {
    client.close(new Error(event.message))
  })
  try {
    return await client.call('find', inputs, { signal })
  } finally {
    worker.terminate()
  }
}
