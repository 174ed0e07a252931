import { describe, expect, it } from 'vitest'
import { join, sep } from 'node:path'
import { resolveStaticRequest } from './static-files'

const root = join('/srv', 'renderer')
const origin = 'app://newsroom'

describe('resolveStaticRequest', () => {
  it('serves index.html for the origin root and files below the root', () => {
    expect(resolveStaticRequest(root, origin, 'GET', 'app://newsroom/')).toEqual({
      ok: true,
      file: join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    })
    const asset = resolveStaticRequest(root, origin, 'GET', 'app://newsroom/assets/main-1a2b.js')
    expect(asset).toMatchObject({ ok: true, file: join(root, 'assets', 'main-1a2b.js') })
  })

  it('never resolves to a file outside the root', () => {
    for (const url of [
      'app://newsroom/../main/index.js',
      'app://newsroom/%2e%2e/main/index.js',
      'app://newsroom/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      'app://newsroom/assets/..%5c..%5cpackage.json',
      'app://newsroom/a%2f..%2f..%2f..%2fx.js',
    ]) {
      const result = resolveStaticRequest(root, origin, 'GET', url)
      if (result.ok) expect(result.file.startsWith(root + sep), url).toBe(true)
    }
    expect(resolveStaticRequest(root, origin, 'GET', 'app://newsroom/a%00.js').ok).toBe(false)
  })

  it('answers only GET and HEAD, only on its own origin', () => {
    expect(resolveStaticRequest(root, origin, 'POST', 'app://newsroom/index.html')).toEqual({
      ok: false,
      status: 405,
    })
    expect(resolveStaticRequest(root, origin, 'GET', 'app://other/index.html')).toEqual({
      ok: false,
      status: 403,
    })
  })

  it('does not serve unknown file types', () => {
    expect(resolveStaticRequest(root, origin, 'GET', 'app://newsroom/secret.db')).toEqual({
      ok: false,
      status: 404,
    })
  })
})
