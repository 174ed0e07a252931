// Finds duplicate pairs off the main thread: about 4 s for 20,000 articles would freeze the UI.
import { findDuplicatePairs } from '../../core/archive/duplicates'
import { domEndpoint, serve } from '../../shared/rpc'
import type { DomPort } from '../../shared/rpc'
import type { DuplicatesProtocol } from './worker-protocol'

serve<DuplicatesProtocol>(domEndpoint(self as unknown as DomPort), {
  find: (inputs) => findDuplicatePairs(inputs),
})
