// Test support: sync bookkeeping as the app stores it.
import { docIdOf } from '../../../core/sync/documents'
import type { SyncEntryRecord } from '../../db/database'

/** The entry of an article last in step with the server at `version` (its updatedAt then). */
export const inStep = (id: string, version: number): SyncEntryRecord => ({
  id: docIdOf('article', id),
  rev: '1-a',
  base: null,
  pending: 0,
  version,
})
