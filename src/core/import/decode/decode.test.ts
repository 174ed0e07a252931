import { describe, expect, it } from 'vitest'
import { encodeAs } from '../testing/encode-legacy'
import { decodeBytes } from './decode'

const text = '园区举办开放日\n\n本报讯 园区企业昨天举办开放日活动，吸引了众多市民参观。\n'

function decoded(bytes: Uint8Array) {
  const result = decodeBytes(bytes)
  return result.ok
    ? { encoding: result.value.encoding, text: result.value.text, warnings: result.value.warnings }
    : result.error
}

describe('decoding', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(decoded(new TextEncoder().encode('一\r\n二\r三\n'))).toMatchObject({
      text: '一\n二\n三\n',
    })
  })

  it('reads UTF-16 without a BOM', () => {
    const bytes = encodeAs(text, 'utf-16le').subarray(2)
    expect(decoded(bytes)).toMatchObject({ encoding: 'utf-16le', text })
  })

  it('treats a file of nothing but a BOM and white space as empty', () => {
    expect(decoded(Uint8Array.from([0xef, 0xbb, 0xbf, 0x20, 0x0a]))).toEqual({
      code: 'emptyFile',
      params: {},
    })
  })

  it('refuses binary: NUL bytes, control characters and known signatures', () => {
    expect(decoded(Uint8Array.from([0x41, 0x00, 0x42, 0x43, 0x00]))).toMatchObject({
      code: 'notText',
    })
    expect(decoded(new TextEncoder().encode('\u0001\u0002\u0003\u0004文本'))).toMatchObject({
      code: 'notText',
    })
    expect(decoded(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toEqual({
      code: 'binaryFormat',
      params: { format: 'PDF' },
    })
    expect(decoded(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toMatchObject({
      params: { format: 'ZIP' },
    })
  })

  it('keeps a UTF-8 file with a damaged byte, with a warning that says where', () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('园区'),
      0xc3,
      ...new TextEncoder().encode('开放日活动'),
    ])
    expect(decoded(bytes)).toEqual({
      encoding: 'utf-8',
      text: '园区\ufffd开放日活动',
      warnings: [{ code: 'invalidUtf8', params: { count: 1, offset: 6 } }],
    })
  })

  it('asks for an encoding when no Chinese encoding reads the bytes sensibly', () => {
    // French saved as Latin-1: é, è, û are single high bytes no Chinese encoding reads.
    const latin1 = Uint8Array.from(Array.from('Café crème brûlée', (char) => char.charCodeAt(0)))
    expect(decoded(latin1)).toEqual({ code: 'undecodable', params: {} })
  })
})
