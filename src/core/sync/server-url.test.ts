import { describe, expect, it } from 'vitest'
import { checkServerUrl } from './server-url'

describe('the bureau server address', () => {
  it('takes HTTPS anywhere and plain HTTP only on this machine', () => {
    expect(checkServerUrl('https://archive.bureau.example/', 'bureau-beijing')).toEqual({
      ok: true,
      databaseUrl: 'https://archive.bureau.example/bureau-beijing',
    })
    expect(checkServerUrl('http://127.0.0.1:5984', 'bureau')).toMatchObject({ ok: true })
    expect(checkServerUrl('http://localhost:5984', 'bureau')).toMatchObject({ ok: true })
    expect(checkServerUrl('http://archive.bureau.example', 'bureau')).toEqual({
      ok: false,
      error: 'notHttps',
    })
    expect(checkServerUrl('ftp://127.0.0.1', 'bureau')).toEqual({ ok: false, error: 'notHttps' })
  })

  it('refuses a password inside the address, a malformed address and a bad database name', () => {
    expect(checkServerUrl('https://liu:secret@archive.example', 'b')).toEqual({
      ok: false,
      error: 'credentialsInUrl',
    })
    expect(checkServerUrl('archive.example', 'b')).toEqual({ ok: false, error: 'invalidUrl' })
    expect(checkServerUrl('https://archive.example', 'Bureau')).toEqual({
      ok: false,
      error: 'invalidDatabase',
    })
    expect(checkServerUrl('https://archive.example', '_users')).toEqual({
      ok: false,
      error: 'invalidDatabase',
    })
  })
})
