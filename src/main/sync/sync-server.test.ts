// The bureau server's settings: tried before they are kept, the password never stored as typed.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SyncServerStore } from './sync-server'
import { startCouchServer } from './testing/couch-server'
import { lockedKeychain, testKeychain } from './testing/keychains'
import type { CouchServerProcess } from './testing/couch-server'

let server: CouchServerProcess
let folder = ''

beforeAll(async () => {
  server = await startCouchServer()
  await server.database('bureau-beijing')
  await server.user('liu.lan', '茶园2024!')
  folder = await mkdtemp(join(tmpdir(), 'newsroom-sync-settings-'))
}, 120_000)

afterAll(async () => {
  await server.stop()
  await rm(folder, { recursive: true, force: true })
})

describe('the bureau server settings', () => {
  const input = { url: '', database: 'bureau-beijing', user: 'liu.lan', password: '茶园2024!' }

  it('keeps a server that answers, with the password sealed, and tells only the rest', async () => {
    const store = new SyncServerStore(folder, testKeychain)
    expect(await store.configure({ ...input, url: server.url })).toEqual({ ok: true })
    const file = await readFile(join(folder, 'sync-server.json'), 'utf8')
    expect(file).not.toContain(input.password)
    expect(store.describe()).toEqual({
      url: server.url,
      database: 'bureau-beijing',
      user: 'liu.lan',
    })
    const again = new SyncServerStore(folder, testKeychain)
    await again.load()
    expect(again.describe()?.user).toBe('liu.lan')
    const page = await (await again.remote())?.changes(null, 10)
    expect(page?.changes).toEqual([])
    await again.forget()
    expect(again.describe()).toBeNull()
  })

  it('says what is wrong with a server it cannot use, and keeps nothing', async () => {
    const store = new SyncServerStore(join(folder, 'other'), testKeychain)
    expect(
      await store.configure({ ...input, url: server.url, database: 'bureau-nowhere' }),
    ).toEqual({ ok: false, error: 'noDatabase' })
    expect(await store.configure({ ...input, url: server.url, password: '猜的' })).toEqual({
      ok: false,
      error: 'unauthorized',
    })
    expect(await store.configure({ ...input, url: 'http://archive.bureau.example' })).toEqual({
      ok: false,
      error: 'notHttps',
    })
    expect(await store.configure({ ...input, url: 'http://127.0.0.1:9' })).toEqual({
      ok: false,
      error: 'unreachable',
    })
    const locked = new SyncServerStore(folder, lockedKeychain)
    expect(await locked.configure({ ...input, url: server.url })).toEqual({
      ok: false,
      error: 'noKeychain',
    })
    expect(store.describe()).toBeNull()
  })
})
