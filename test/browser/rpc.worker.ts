// The rpc test worker in a browser module worker.
import { domEndpoint, serve } from '../../src/shared/rpc'
import type { DomPort } from '../../src/shared/rpc'
import { fixtureHandlers } from '../../src/shared/testing/rpc-fixture'

serve(domEndpoint(globalThis as unknown as DomPort), fixtureHandlers())
