import { describe, expect, it, vi } from 'vitest'
import { appOrigin } from '../shared/app-origin'
import { dispatch, isTrustedSender } from './dispatch'
import type { Handlers } from './handlers'

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const reject = () => Promise.reject(new Error('not used'))
  return {
    getAppInfo: reject,
    getSettings: () => Promise.resolve({ locale: 'zh-CN' }),
    setLocale: () => Promise.resolve(),
    chooseImportSources: reject,
    sampleImportSources: reject,
    startImport: reject,
    beginBackupWrite: reject,
    writeBackupChunk: reject,
    finishBackupWrite: reject,
    abortBackupWrite: reject,
    beginBackupRead: reject,
    readBackupChunk: reject,
    endBackupRead: reject,
    printArticles: reject,
    savePrintPdf: reject,
    saveCitationFile: reject,
    setTaskbarProgress: reject,
    getSyncServer: reject,
    setSyncServer: reject,
    forgetSyncServer: reject,
    syncChanges: reject,
    syncBulkDocs: reject,
    syncFetch: reject,
    syncWait: reject,
    ...overrides,
  }
}

const fromApp = `${appOrigin}/index.html`

describe('dispatch', () => {
  it('answers a valid call from the app', async () => {
    expect(await dispatch(handlers(), 'getSettings', [], fromApp, [appOrigin])).toEqual({
      ok: true,
      value: { locale: 'zh-CN' },
    })
  })

  it('refuses calls from any other origin before running the handler', async () => {
    const setLocale = vi.fn(() => Promise.resolve())
    for (const sender of [
      'https://evil.example/',
      'file:///home/x.html',
      null,
      undefined,
      'app://other/',
    ]) {
      const result = await dispatch(handlers({ setLocale }), 'setLocale', ['en'], sender, [
        appOrigin,
      ])
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-sender' } })
    }
    expect(setLocale).not.toHaveBeenCalled()
  })

  it('refuses bad arguments with a typed error', async () => {
    const setLocale = vi.fn(() => Promise.resolve())
    for (const args of [['fr'], [], ['en', 'extra'], 'en', [{ toString: 'en' }]]) {
      const result = await dispatch(handlers({ setLocale }), 'setLocale', args, fromApp, [
        appOrigin,
      ])
      expect(result).toMatchObject({
        ok: false,
        error: { name: 'NewsroomApiError', code: 'bad-arguments' },
      })
    }
    const badImport = await dispatch(handlers(), 'startImport', [{ paths: [] }], fromApp, [
      appOrigin,
    ])
    expect(badImport).toMatchObject({ ok: false, error: { code: 'bad-arguments' } })
    expect(setLocale).not.toHaveBeenCalled()
    const syncBulkDocs = vi.fn(() => Promise.resolve({ ok: true as const, value: [] }))
    for (const args of [
      [[]],
      [[{ type: 'article' }]],
      [Array.from({ length: 1001 }, (_, i) => ({ _id: `article:${String(i)}` }))],
    ]) {
      const result = await dispatch(handlers({ syncBulkDocs }), 'syncBulkDocs', args, fromApp, [
        appOrigin,
      ])
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-arguments' } })
    }
    const badServer = { url: 'https://a.example', database: 'b', user: 'c', password: '' }
    const refused = await dispatch(handlers(), 'setSyncServer', [badServer], fromApp, [appOrigin])
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-arguments' } })
    expect(syncBulkDocs).not.toHaveBeenCalled()
  })

  it('refuses unknown operations, including inherited names', async () => {
    for (const name of ['deleteEverything', 'toString', '__proto__', 'constructor']) {
      expect(await dispatch(handlers(), name, [], fromApp, [appOrigin])).toMatchObject({
        ok: false,
        error: { code: 'bad-arguments' },
      })
    }
  })

  it('turns a failing handler into an error answer instead of a crash', async () => {
    const getSettings = () => Promise.reject(new Error('disk full'))
    expect(
      await dispatch(handlers({ getSettings }), 'getSettings', [], fromApp, [appOrigin]),
    ).toEqual({
      ok: false,
      error: { name: 'NewsroomApiError', code: 'failed', message: 'disk full' },
    })
  })
})

describe('isTrustedSender', () => {
  it('compares whole origins, not prefixes', () => {
    expect(isTrustedSender('app://newsroom/index.html#x', [appOrigin])).toBe(true)
    expect(isTrustedSender('app://newsroom.evil/index.html', [appOrigin])).toBe(false)
    expect(isTrustedSender('http://localhost:5173/', ['http://localhost:5173'])).toBe(true)
    expect(isTrustedSender('http://localhost:5174/', ['http://localhost:5173'])).toBe(false)
  })
})
