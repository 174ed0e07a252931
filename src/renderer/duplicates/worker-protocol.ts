// What the duplicates worker answers (over src/shared/rpc.ts).
import type { DuplicateInput, DuplicatePair } from '../../core/archive/duplicates'
import type { Operation } from '../../shared/rpc'

export type DuplicatesProtocol = {
  find: Operation<DuplicateInput[], DuplicatePair[]>
}
