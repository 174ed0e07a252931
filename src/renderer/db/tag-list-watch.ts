// Every write of articles' tag lists (db/tag-lists.ts) as it committed, told to whoever keeps
// something derived from them (the tag census). Watched at Dexie's DBCore level, under every
// writer: imports, restores, edits, tagging and whatever comes later cannot forget to tell.
// Failed requests and aborted transactions are never told. (The one write beneath it, the fill of
// order keys into old lists, db/order-keys-fill.ts, changes no tag and hands its lists over
// itself.)
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Dexie } from 'dexie'
import { orderKeysOf } from './tag-lists'
import type { OrderKeys } from './tag-lists'

/** An article's tag list as stored: its id, tags and order keys, all a listener needs. */
export interface StoredTags {
  id: string
  tags: readonly string[]
  /** Absent in a list written before lists held them. */
  order?: OrderKeys
}

export interface TagListWrites {
  stored: StoredTags[]
  deleted: string[]
  /** The whole table was cleared (everything before is gone). */
  cleared: boolean
}

export type TagListWritesListener = (writes: TagListWrites) => void

const listeners = new WeakMap<Dexie, Set<TagListWritesListener>>()

/** Listens to committed tag-list writes of `database`; returns the unsubscribe. */
export function onTagListWrites(database: Dexie, listener: TagListWritesListener): () => void {
  let set = listeners.get(database)
  if (set === undefined) {
    set = new Set()
    listeners.set(database, set)
  }
  set.add(listener)
  return () => set.delete(listener)
}

function storedTags(value: unknown): StoredTags | null {
  if (typeof value !== 'object' || value === null) return null
  const { id, tags, order } = value as { id?: unknown; tags?: unknown; order?: unknown }
  if (typeof id !== 'string') return null
  const list = Array.isArray(tags)
    ? tags.filter((tag): tag is string => typeof tag === 'string')
    : []
  return order === undefined ? { id, tags: list } : { id, tags: list, order: orderKeysOf(order) }
}

/** Adds what a request did (its failed operations left out) to the transaction's writes. */
function collect(
  writes: TagListWrites,
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
) {
  const failed = (index: number) => response.failures[index] !== undefined
  if (request.type === 'add' || request.type === 'put') {
    request.values.forEach((value, index) => {
      const stored = failed(index) ? null : storedTags(value)
      if (stored !== null) writes.stored.push(stored)
    })
  } else if (request.type === 'delete') {
    request.keys.forEach((key, index) => {
      if (typeof key === 'string' && !failed(index)) writes.deleted.push(key)
    })
  } else {
    // A range delete: the app only ever clears the whole archive.
    writes.cleared = true
    writes.stored = []
    writes.deleted = []
  }
}

function watchedTable(database: Dexie, table: DBCoreTable): DBCoreTable {
  const pending = new WeakMap<object, TagListWrites>()
  const writesOf = (transaction: IDBTransaction): TagListWrites => {
    const found = pending.get(transaction)
    if (found !== undefined) return found
    const writes: TagListWrites = { stored: [], deleted: [], cleared: false }
    pending.set(transaction, writes)
    transaction.addEventListener('complete', () => {
      for (const listener of listeners.get(database) ?? []) listener(writes)
    })
    return writes
  }
  return {
    ...table,
    mutate: async (request) => {
      const response = await table.mutate(request)
      // Dexie's bottom layer hands the IndexedDB transaction itself down as `trans`.
      collect(writesOf(request.trans as unknown as IDBTransaction), request, response)
      return response
    },
  }
}

/** Installs the watcher on a database before it opens, under the layer that writes the tag
 * lists of whole articles (db/tag-lists.ts), so that it sees those writes too. */
export function watchTagListWrites(database: Dexie): void {
  database.use({
    stack: 'dbcore',
    name: 'TagListWrites',
    level: 4,
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return name === 'tagLists' ? watchedTable(database, table) : table
      },
    }),
  })
}
