// Test support: encoders for GB18030 and Big5, built by inverting TextDecoder over the two-byte
// code space and, for GB18030, the four-byte sequences of the Basic Multilingual Plane (there is
// no TextEncoder for them). A character with no code throws.
import type { EncodingName } from '../decode/decode'

const tables = new Map<string, Map<string, number[]>>()

function table(encoding: 'gb18030' | 'big5'): Map<string, number[]> {
  const cached = tables.get(encoding)
  if (cached) return cached
  const decoder = new TextDecoder(encoding, { fatal: true })
  const map = new Map<string, number[]>()
  const pair = new Uint8Array(2)
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      pair[0] = lead
      pair[1] = trail
      let char: string
      try {
        char = decoder.decode(pair)
      } catch {
        continue
      }
      if (char.length >= 1 && !map.has(char)) map.set(char, [lead, trail])
    }
  }
  if (encoding === 'gb18030') addFourByteCodes(map)
  tables.set(encoding, map)
  return map
}

/** GB18030 four-byte codes 0x81308130–0x8431A439 cover the rest of the BMP. */
function addFourByteCodes(map: Map<string, number[]>): void {
  const decoder = new TextDecoder('gb18030', { fatal: true })
  const quad = new Uint8Array(4)
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) {
      for (let b3 = 0x81; b3 <= 0xfe; b3++) {
        for (let b4 = 0x30; b4 <= 0x39; b4++) {
          quad.set([b1, b2, b3, b4])
          let char: string
          try {
            char = decoder.decode(quad)
          } catch {
            continue
          }
          if (char.length === 1 && !map.has(char)) map.set(char, [b1, b2, b3, b4])
        }
      }
    }
  }
}

/** True when every character of the text has a code in the encoding. */
export function canEncode(text: string, encoding: 'gb18030' | 'big5'): boolean {
  const map = table(encoding)
  return Array.from(text).every((char) => char.charCodeAt(0) < 0x80 || map.has(char))
}

export function encodeLegacy(text: string, encoding: 'gb18030' | 'big5'): Uint8Array {
  const map = table(encoding)
  const bytes: number[] = []
  for (const char of text) {
    const code = char.charCodeAt(0)
    if (code < 0x80) {
      bytes.push(code)
      continue
    }
    const encoded = map.get(char)
    if (!encoded) throw new Error(`${encoding} has no code for ${char} (U+${code.toString(16)})`)
    bytes.push(...encoded)
  }
  return Uint8Array.from(bytes)
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0xfeff, !bigEndian)
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), !bigEndian)
  return bytes
}

/** The text saved in an encoding the way editors save it (with a BOM for UTF-16). */
export function encodeAs(text: string, encoding: EncodingName | 'utf-8-bom'): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text)
  if (encoding === 'utf-8-bom')
    return Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
  if (encoding === 'utf-16le' || encoding === 'utf-16be')
    return utf16(text, encoding === 'utf-16be')
  return encodeLegacy(text, encoding)
}
