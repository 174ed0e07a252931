// Migration test harness: writes a database the way an older version of the app left it, so a
// test can open it with the current code and check every record.
//
// - `writeRawV1` builds version 1 with plain IndexedDB, independent of Dexie and of
//   database.ts: if someone edits the released v1 declaration, opening this fails the test.
// - `writeAtVersion` writes through Dexie with only the versions up to `version` declared: once
//   v2 exists, write at 1 and open with the current code to test the v1 → v2 upgrade.
import { Dexie } from 'dexie'
import { declareSchema } from '../database'

/** Dexie stores version n as IndexedDB version n × 10. */
const idbVersion = (version: number): number => version * 10

interface RawStore {
  keyPath: string
  autoIncrement?: boolean
  indexes: { name: string; keyPath: string | string[]; multiEntry?: boolean }[]
}

/** Version 1 exactly as released, spelled out in IndexedDB terms. */
export const rawSchemaV1: Record<string, RawStore> = {
  articles: {
    keyPath: 'id',
    indexes: [
      { name: 'date', keyPath: 'date' },
      { name: 'title', keyPath: 'title' },
      { name: 'source.file', keyPath: 'source.file' },
      { name: 'importedAt', keyPath: 'importedAt' },
      { name: 'updatedAt', keyPath: 'updatedAt' },
      { name: 'paper', keyPath: 'paper' },
      { name: 'section', keyPath: 'section' },
      { name: 'page', keyPath: 'page' },
      { name: 'tags', keyPath: 'tags', multiEntry: true },
      { name: 'authors', keyPath: 'authors', multiEntry: true },
      { name: '[paper+date+page]', keyPath: ['paper', 'date', 'page'] },
    ],
  },
  tags: { keyPath: 'name', indexes: [] },
  imports: {
    keyPath: 'id',
    autoIncrement: true,
    indexes: [{ name: 'startedAt', keyPath: 'startedAt' }],
  },
  settings: { keyPath: 'key', indexes: [] },
  searchChunks: { keyPath: 'key', indexes: [] },
}

export type Seed = Record<string, readonly object[]>

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => {
      resolve(req.result)
    }
    req.onerror = () => {
      reject(req.error ?? new Error('IndexedDB request failed'))
    }
  })
}

export async function writeRawV1(name: string, seed: Seed): Promise<void> {
  const open = indexedDB.open(name, idbVersion(1))
  open.onupgradeneeded = () => {
    for (const [storeName, spec] of Object.entries(rawSchemaV1)) {
      const store = open.result.createObjectStore(storeName, {
        keyPath: spec.keyPath,
        autoIncrement: spec.autoIncrement ?? false,
      })
      for (const index of spec.indexes) {
        store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry ?? false })
      }
    }
  }
  const database = await request(open)
  const transaction = database.transaction(Object.keys(seed), 'readwrite')
  for (const [storeName, records] of Object.entries(seed)) {
    for (const record of records) transaction.objectStore(storeName).put(record)
  }
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => {
      resolve()
    }
    transaction.onerror = () => {
      reject(transaction.error ?? new Error('IndexedDB transaction failed'))
    }
  })
  database.close()
}

/** Writes `seed` through Dexie with the schema as it was at `version`. */
export async function writeAtVersion(name: string, version: number, seed: Seed): Promise<void> {
  const database = new Dexie(name)
  declareSchema(database, version)
  await database.open()
  await database.transaction('rw', Object.keys(seed), async () => {
    for (const [table, records] of Object.entries(seed))
      await database.table(table).bulkPut([...records])
  })
  database.close()
}
