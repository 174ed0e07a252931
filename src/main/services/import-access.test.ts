import { describe, expect, it } from 'vitest'
import { join, resolve } from 'node:path'
import { ImportAccess } from './import-access'

const home = resolve('/', 'home', 'reporter')

describe('ImportAccess', () => {
  it('allows what the user chose and everything inside a chosen folder', () => {
    const access = new ImportAccess()
    access.grant([join(home, 'pages'), join(home, 'notes', '稿件.txt')])
    expect(access.allows(join(home, 'pages'))).toBe(true)
    expect(access.allows(join(home, 'pages', '2023', '第5版.txt'))).toBe(true)
    expect(access.allows(join(home, 'notes', '稿件.txt'))).toBe(true)
  })

  it('refuses anything else, however it is spelled', () => {
    const access = new ImportAccess()
    access.grant([join(home, 'pages')])
    for (const path of [
      join(home, 'pages-secret', 'a.txt'),
      join(home, 'pages', '..', '.ssh', 'id_rsa'),
      join(home, 'notes', 'other.txt'),
      'pages/a.txt',
      '\\\\evil-host\\share\\a.txt',
    ]) {
      expect(access.allows(path), path).toBe(false)
    }
  })
})
