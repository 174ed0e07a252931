import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { ArchiveStorageError, guardStorage, toStorageError } from './errors'
import { openArchiveDatabase } from './database'
import { requestPersistentStorage } from './storage'

function fakeStorage(persisted: boolean, grants: boolean) {
  const calls: string[] = []
  return {
    calls,
    storage: {
      persisted: () => Promise.resolve(persisted),
      persist: () => {
        calls.push('persist')
        return Promise.resolve(grants)
      },
      estimate: () => Promise.resolve({ usage: 10, quota: 100 }),
    },
  }
}

describe('requestPersistentStorage', () => {
  it('asks only when not yet persisted and reports usage', async () => {
    const asked = fakeStorage(false, true)
    expect(await requestPersistentStorage(asked.storage)).toEqual({
      persistence: 'persisted',
      usage: 10,
      quota: 100,
    })
    expect(asked.calls).toEqual(['persist'])
    const already = fakeStorage(true, false)
    expect((await requestPersistentStorage(already.storage)).persistence).toBe('persisted')
    expect(already.calls).toEqual([])
    expect((await requestPersistentStorage(fakeStorage(false, false).storage)).persistence).toBe(
      'denied',
    )
    expect((await requestPersistentStorage(null)).persistence).toBe('unsupported')
  })

  it('works against the real browser', async () => {
    const status = await requestPersistentStorage()
    expect(['persisted', 'denied']).toContain(status.persistence)
    expect(status.quota).toBeGreaterThan(0)
  })
})

describe('storage errors', () => {
  it('types a full disk, a closed database and anything else', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    expect(toStorageError(quota).code).toBe('quotaExceeded')
    expect(toStorageError(new Dexie.AbortError('aborted', quota)).code).toBe('quotaExceeded')
    expect(toStorageError(new Dexie.DatabaseClosedError()).code).toBe('databaseClosed')
    expect(toStorageError(new Error('x')).code).toBe('storageFailed')
    const typed = new ArchiveStorageError('conflict')
    expect(toStorageError(typed)).toBe(typed)
    expect(typed.messageKey).toBe('error.conflict')
  })

  it('leaves nothing half-written when a transaction fails on a full disk', async () => {
    const database = openArchiveDatabase(`errors-${crypto.randomUUID()}`)
    const write = guardStorage(() =>
      database.transaction('rw', database.settings, async () => {
        await database.settings.put({ key: 'a', value: 1 })
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }),
    )
    await expect(write).rejects.toMatchObject({
      name: 'ArchiveStorageError',
      code: 'quotaExceeded',
    })
    expect(await database.settings.count()).toBe(0)
    await database.delete()
  })
})

describe('guardStorage', () => {
  it('passes the caller’s own errors through unchanged', async () => {
    const own = new RangeError('mine')
    await expect(guardStorage(() => Promise.reject(own))).rejects.toBe(own)
  })
})
