// The few IndexedDB calls the benchmark page needs, typed locally (scripts compile without the
// DOM library): one object store of `{key → data}` records, as the app's Dexie table holds.
interface Request<T> {
  result: T
  error: unknown
  onsuccess: (() => void) | null
  onerror: (() => void) | null
}

interface Store {
  put(value: unknown, key: string): Request<unknown>
  get(key: string): Request<unknown>
  clear(): Request<unknown>
}

interface Transaction {
  objectStore(name: string): Store
  oncomplete: (() => void) | null
  onerror: (() => void) | null
  error: unknown
}

interface Database {
  transaction(names: string[], mode: 'readonly' | 'readwrite'): Transaction
  createObjectStore(name: string): unknown
  close(): void
}

interface Factory {
  open(name: string, version: number): Request<Database> & { onupgradeneeded: (() => void) | null }
}

const STORE = 'chunks'
const factory = (): Factory => (globalThis as unknown as { indexedDB: Factory }).indexedDB

const done = <T>(request: Request<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => {
      resolve(request.result)
    }
    request.onerror = () => {
      reject(new Error(String(request.error)))
    }
  })

export async function openChunks(name: string): Promise<Database> {
  const request = factory().open(name, 1)
  request.onupgradeneeded = () => request.result.createObjectStore(STORE)
  return done(request)
}

export async function writeChunks(
  db: Database,
  records: { key: string; data: unknown }[],
  clear: boolean,
): Promise<void> {
  const transaction = db.transaction([STORE], 'readwrite')
  const store = transaction.objectStore(STORE)
  if (clear) store.clear()
  for (const record of records) store.put(record.data, record.key)
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => {
      resolve()
    }
    transaction.onerror = () => {
      reject(new Error(String(transaction.error)))
    }
  })
}

export async function readChunk(db: Database, key: string): Promise<unknown> {
  return done(db.transaction([STORE], 'readonly').objectStore(STORE).get(key))
}

export async function readChunks(db: Database, keys: readonly string[]): Promise<unknown[]> {
  const store = db.transaction([STORE], 'readonly').objectStore(STORE)
  return Promise.all(keys.map((key) => done(store.get(key))))
}
