// Storage failures as typed, translatable errors. Every write of this layer runs in one Dexie
// transaction, so when the disk is full IndexedDB aborts the whole transaction and nothing is
// half-written; what remains is to say so in plain words (`archive.error.<code>`).
import { Dexie } from 'dexie'

export type StorageErrorCode = 'quotaExceeded' | 'databaseClosed' | 'conflict' | 'storageFailed'

export class ArchiveStorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    options?: { cause?: unknown },
  ) {
    super(code, options)
    this.name = 'ArchiveStorageError'
  }

  /** The locale key for the message, in the `archive` namespace. */
  get messageKey(): string {
    return `error.${this.code}`
  }
}

function names(error: unknown): string[] {
  const found: string[] = []
  let current: unknown = error
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    found.push(current.name)
    if (current instanceof Dexie.DexieError) found.push(...namesOfInner(current))
    current = current.cause
  }
  return found
}

function namesOfInner(error: InstanceType<typeof Dexie.DexieError>): string[] {
  const inner = (error as { inner?: unknown }).inner
  return inner instanceof Error || inner instanceof DOMException ? [inner.name] : []
}

/** Maps whatever IndexedDB or Dexie threw to an ArchiveStorageError (already typed: as is). */
export function toStorageError(error: unknown): ArchiveStorageError {
  if (error instanceof ArchiveStorageError) return error
  const all = names(error)
  if (all.includes('QuotaExceededError'))
    return new ArchiveStorageError('quotaExceeded', { cause: error })
  if (all.includes('DatabaseClosedError'))
    return new ArchiveStorageError('databaseClosed', { cause: error })
  return new ArchiveStorageError('storageFailed', { cause: error })
}

/** True for errors IndexedDB or Dexie raised, as opposed to the caller's own. */
export function isStorageFailure(error: unknown): boolean {
  return error instanceof DOMException || error instanceof Dexie.DexieError
}

/** Runs a write, rethrowing storage failures as ArchiveStorageError, other errors as they are. */
export async function guardStorage<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    throw isStorageFailure(error) ? toStorageError(error) : error
  }
}
