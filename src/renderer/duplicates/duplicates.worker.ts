// Finds duplicate pairs off the main thread: about 4 s for 20,000 articles would freeze the UI.
import { findDuplicatePairs } from '../../core/archive/duplicates'
import type { DuplicateInput } from '../../core/archive/duplicates'

self.onmessage = (event: MessageEvent<DuplicateInput[]>) => {
  self.postMessage(findDuplicatePairs(event.data))
}
