// What the saved search index may not hold yet: every write of articles' tag lists
// (db/tag-lists.ts: one with every article written, every tagging and every deletion) leaves a
// row here in its own transaction — the ids it wrote, with the version each now has, or null
// for a deletion. The search index deletes the rows its saves are known to hold
// (search/index-outbox-check.ts), so a start checks only the articles still named here instead
// of every article's version. Written at Dexie's DBCore level, under every writer: imports,
// restores, edits, tagging, sync and whatever comes later cannot forget it. (The fill of order
// keys into old lists, db/order-keys-fill.ts, writes beneath it: it changes no version.)
import type {
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Dexie,
} from 'dexie'
import { installTableLayer } from './table-layer'

export const INDEX_OUTBOX = 'indexOutbox'

/** One article's change: its id and the version (tag list `updatedAt`) it now has, null when
 * it was deleted. */
export type IndexChange = [id: string, version: number | null]

export interface IndexOutboxRecord {
  seq?: number
  /** Null: the whole archive may have changed (a clear, or an upgrade from before this table):
   * only a check of every article's version answers it. */
  changes: IndexChange[] | null
}

function versionOf(value: unknown): number {
  const version = (value as { updatedAt?: unknown } | null)?.updatedAt
  return typeof version === 'number' ? version : 0
}

/** What a request to the tag lists wrote (its failed operations left out: a refused add is no
 * change); null for a range deletion (the app only clears). */
function changesOf(
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
): IndexChange[] | null {
  if (request.type === 'deleteRange') return null
  const failed = (index: number) => response.failures[index] !== undefined
  if (request.type === 'delete') {
    return request.keys.flatMap((key: unknown, index) =>
      typeof key === 'string' && !failed(index) ? [[key, null] satisfies IndexChange] : [],
    )
  }
  const changes: IndexChange[] = []
  request.values.forEach((value: unknown, index) => {
    const key: unknown = request.keys?.[index]
    const id = (value as { id?: unknown } | null)?.id ?? key
    if (typeof id === 'string' && !failed(index)) changes.push([id, versionOf(value)])
  })
  return changes
}

/** In scope only in transactions this layer widened, and in upgrades once the table exists. */
const inScope = (transaction: DBCoreTransaction): boolean =>
  (transaction as unknown as IDBTransaction).objectStoreNames.contains(INDEX_OUTBOX)

function recordingTable(tagLists: DBCoreTable, outbox: DBCoreTable): DBCoreTable {
  return {
    ...tagLists,
    mutate: async (request) => {
      const response = await tagLists.mutate(request)
      const changes = changesOf(request, response)
      if (inScope(request.trans) && (changes === null || changes.length > 0)) {
        const row: IndexOutboxRecord = { changes }
        await outbox.mutate({ type: 'add', trans: request.trans, values: [row] })
      }
      return response
    },
  }
}

/** Installs the layer on a database before it opens, under the one that writes the tag lists
 * of whole articles (db/tag-lists.ts), so that it sees those writes too. */
export function recordIndexChanges(database: Dexie): void {
  installTableLayer(database, {
    name: 'IndexOutbox',
    level: 3,
    wraps: 'tagLists',
    needs: INDEX_OUTBOX,
    // Every transaction that may write tag lists writes its row here too.
    widens: (stores, mode) => mode === 'readwrite' && stores.includes('tagLists'),
    wrap: recordingTable,
  })
}
