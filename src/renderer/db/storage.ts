// Browsers may evict IndexedDB under storage pressure unless the origin holds persistent
// storage. Electron grants it, plain Chromium may not: the lead calls this once at start.
export type PersistenceState = 'persisted' | 'denied' | 'unsupported'

export interface StorageStatus {
  persistence: PersistenceState
  /** Bytes used and available to this origin, when the browser says. */
  usage: number | null
  quota: number | null
}

type Storage = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>

function defaultStorage(): Storage | null {
  return 'storage' in navigator ? navigator.storage : null
}

export async function requestPersistentStorage(
  storage: Storage | null = defaultStorage(),
): Promise<StorageStatus> {
  if (storage === null) return { persistence: 'unsupported', usage: null, quota: null }
  const already = await storage.persisted()
  const granted = already || (await storage.persist())
  const estimate = await storage.estimate()
  return {
    persistence: granted ? 'persisted' : 'denied',
    usage: estimate.usage ?? null,
    quota: estimate.quota ?? null,
  }
}
