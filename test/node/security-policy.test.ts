import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { contentSecurityPolicy } from '../../src/shared/app-origin'

const root = resolve(import.meta.dirname, '../..')

describe('content security policy', () => {
  it('is the same in every page and in the protocol header', async () => {
    for (const page of ['src/renderer/index.html', 'src/renderer/print/print.html']) {
      const html = await readFile(resolve(root, page), 'utf8')
      const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
      expect(meta, page).toBe(contentSecurityPolicy)
    }
  })

  it('allows no remote or inline script, plugins, base or form targets', () => {
    const directives = new Map(
      contentSecurityPolicy.split('; ').map((directive) => {
        const [name = '', ...values] = directive.split(' ')
        return [name, values]
      }),
    )
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(contentSecurityPolicy).not.toMatch(/https?:|unsafe-eval|\*/)
  })
})
