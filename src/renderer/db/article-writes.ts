// Every write to the articles table as it committed, told to whoever keeps something derived
// from it (the tag census). Watched at Dexie's DBCore level, under every writer: imports,
// restores, edits, tagging and whatever comes later cannot forget to tell. Failed requests and
// aborted transactions are never told.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Dexie } from 'dexie'

/** An article as stored: its id and tags, all a listener needs. */
export interface StoredTags {
  id: string
  tags: readonly string[]
}

export interface ArticleWrites {
  stored: StoredTags[]
  deleted: string[]
  /** The whole table was cleared (everything before is gone). */
  cleared: boolean
}

export type ArticleWritesListener = (writes: ArticleWrites) => void

const listeners = new WeakMap<Dexie, Set<ArticleWritesListener>>()

/** Listens to committed article writes of `database`; returns the unsubscribe. */
export function onArticleWrites(database: Dexie, listener: ArticleWritesListener): () => void {
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
  const { id, tags } = value as { id?: unknown; tags?: unknown }
  if (typeof id !== 'string') return null
  const list = Array.isArray(tags)
    ? tags.filter((tag): tag is string => typeof tag === 'string')
    : []
  return { id, tags: list }
}

/** Adds what a request did (its failed operations left out) to the transaction's writes. */
function collect(
  writes: ArticleWrites,
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
    // A range delete: the app only ever clears the whole table.
    writes.cleared = true
    writes.stored = []
    writes.deleted = []
  }
}

function watchedTable(database: Dexie, table: DBCoreTable): DBCoreTable {
  const pending = new WeakMap<object, ArticleWrites>()
  const writesOf = (transaction: IDBTransaction): ArticleWrites => {
    const found = pending.get(transaction)
    if (found !== undefined) return found
    const writes: ArticleWrites = { stored: [], deleted: [], cleared: false }
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

/** Installs the watcher on a database before it opens. */
export function watchArticleWrites(database: Dexie): void {
  database.use({
    stack: 'dbcore',
    name: 'ArticleWrites',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return name === 'articles' ? watchedTable(database, table) : table
      },
    }),
  })
}
