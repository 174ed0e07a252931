// src/shared/rpc.ts with a real Node worker thread on the other side.
import { Worker } from 'node:worker_threads'
import { fileURLToPath } from 'node:url'
import { connect, nodeEndpoint } from '../../src/shared/rpc'
import type { FixtureProtocol } from '../../src/shared/testing/rpc-fixture'
import { describeRpc } from '../../src/shared/testing/rpc-cases'

const script = fileURLToPath(new URL('./fixtures/rpc-worker.mjs', import.meta.url))

describeRpc('rpc over a Node worker thread', () => {
  const worker = new Worker(script)
  return {
    client: connect<FixtureProtocol>(nodeEndpoint(worker)),
    close: async () => {
      await worker.terminate()
    },
  }
})
