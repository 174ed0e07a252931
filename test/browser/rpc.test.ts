// src/shared/rpc.ts with a real module worker on the other side, in Chromium.
import { connect, domEndpoint } from '../../src/shared/rpc'
import type { FixtureProtocol } from '../../src/shared/testing/rpc-fixture'
import { describeRpc } from '../../src/shared/testing/rpc-cases'

describeRpc('rpc over a module worker', () => {
  const worker = new Worker(new URL('./rpc.worker.ts', import.meta.url), { type: 'module' })
  return {
    client: connect<FixtureProtocol>(domEndpoint(worker)),
    close: () => {
      worker.terminate()
    },
  }
})
