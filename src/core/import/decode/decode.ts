// Bytes → text. Order: binary signatures, BOM, NUL bytes (or BOM-less UTF-16), strict UTF-8,
// UTF-8 with a few damaged bytes, then GB18030 versus Big5 by a measured score of the decoded text.
import { importError, importWarning } from '../codes'
import type { ImportError, ImportWarning } from '../codes'
import { binarySignature, controlCharShare, hasNulByte } from './sniff'
import { scoreChinese } from './score'

export const supportedEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const
export type EncodingName = (typeof supportedEncodings)[number]

export function isEncodingName(value: string): value is EncodingName {
  return (supportedEncodings as readonly string[]).includes(value)
}

export interface Decoded {
  text: string
  encoding: EncodingName
  warnings: ImportWarning[]
}

export type DecodeResult = { ok: true; value: Decoded } | { ok: false; error: ImportError }

/** More than this share of control characters means the bytes are not text. */
const MAX_CONTROL_SHARE = 0.01
/** A legacy decoding scoring below this is noise, not Chinese. */
const MIN_LEGACY_SCORE = 0.2

function decodeWith(bytes: Uint8Array, encoding: EncodingName, fatal = false): string {
  return new TextDecoder(encoding, { fatal }).decode(bytes)
}

function tryStrict(bytes: Uint8Array, encoding: EncodingName): string | null {
  try {
    return decodeWith(bytes, encoding, true)
  } catch {
    return null
  }
}

function countReplacements(text: string): number {
  let count = 0
  for (let at = text.indexOf('\ufffd'); at !== -1; at = text.indexOf('\ufffd', at + 1)) count++
  return count
}

function bomEncoding(bytes: Uint8Array): EncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** Valid multi-byte UTF-8 sequences and invalid bytes: a UTF-8 file with a few bad bytes is still UTF-8. */
export function utf8Damage(bytes: Uint8Array): {
  sequences: number
  invalid: number
  firstInvalid: number
} {
  let sequences = 0
  let invalid = 0
  let firstInvalid = -1
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0
    if (lead < 0x80) {
      i++
      continue
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0
    let ok = length > 0 && i + length <= bytes.length
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80
    if (ok) {
      sequences++
      i += length
    } else {
      if (firstInvalid === -1) firstInvalid = i
      invalid++
      i++
    }
  }
  return { sequences, invalid, firstInvalid }
}

/** UTF-16 without a BOM: the variant whose text reads as Chinese or plain ASCII. */
function bomlessUtf16(bytes: Uint8Array): Decoded | null {
  if (bytes.length % 2 !== 0) return null
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = tryStrict(bytes, encoding)
    if (text === null || text.includes('\u0000') || controlCharShare(text) > MAX_CONTROL_SHARE)
      continue
    const { score, nonAscii } = scoreChinese(text)
    if (nonAscii === 0 || score > 0.5) return { text, encoding, warnings: [] }
  }
  return null
}

interface Candidate {
  encoding: EncodingName
  text: string
  score: number
  replacements: number
  nonAscii: number
}

function candidate(bytes: Uint8Array, encoding: EncodingName): Candidate {
  const text = decodeWith(bytes, encoding)
  return { encoding, text, ...scoreChinese(text) }
}

/** GB18030 or Big5 — or UTF-8 with some damage, when that reads better. The best score wins;
 * GB18030 first, so on a tie the mainland encoding is chosen. */
function bestReading(bytes: Uint8Array, damagedUtf8: boolean): Decoded | null {
  const candidates = [candidate(bytes, 'gb18030'), candidate(bytes, 'big5')]
  if (damagedUtf8) candidates.push(candidate(bytes, 'utf-8'))
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a))
  if (best.nonAscii > 0 && best.score < MIN_LEGACY_SCORE) return null
  const warnings =
    best.encoding === 'utf-8'
      ? [
          importWarning('invalidUtf8', {
            count: best.replacements,
            offset: utf8Damage(bytes).firstInvalid,
          }),
        ]
      : best.replacements > 0
        ? [importWarning('replacementChars', { count: best.replacements })]
        : []
  return { text: best.text, encoding: best.encoding, warnings }
}

function detect(bytes: Uint8Array): DecodeResult {
  const signature = binarySignature(bytes)
  if (signature) return { ok: false, error: importError('binaryFormat', { format: signature }) }
  const bom = bomEncoding(bytes)
  if (bom) return { ok: true, value: decodeForced(bytes, bom) }
  if (hasNulByte(bytes)) {
    const utf16 = bomlessUtf16(bytes)
    if (utf16) return { ok: true, value: utf16 }
    return { ok: false, error: importError('notText') }
  }
  const utf8 = tryStrict(bytes, 'utf-8')
  if (utf8 !== null) return { ok: true, value: { text: utf8, encoding: 'utf-8', warnings: [] } }
  const damage = utf8Damage(bytes)
  if (damage.sequences >= 9 * damage.invalid) {
    const warning = importWarning('invalidUtf8', {
      count: damage.invalid,
      offset: damage.firstInvalid,
    })
    return {
      ok: true,
      value: { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8', warnings: [warning] },
    }
  }
  const decoded = bestReading(bytes, damage.sequences > damage.invalid)
  if (decoded) return { ok: true, value: decoded }
  return { ok: false, error: importError('undecodable') }
}

/** Decodes with the encoding the user chose (or a BOM declared); damage becomes a warning. */
function decodeForced(bytes: Uint8Array, encoding: EncodingName): Decoded {
  const text = decodeWith(bytes, encoding)
  const replacements = countReplacements(text)
  const warnings =
    replacements > 0 ? [importWarning('replacementChars', { count: replacements })] : []
  return { text, encoding, warnings }
}

/** CRLF and lone CR become LF; a leading BOM (U+FEFF) is dropped. */
export function normaliseLineEnds(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom
}

export function decodeBytes(bytes: Uint8Array, override?: EncodingName | null): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: importError('emptyFile') }
  const result = override
    ? { ok: true as const, value: decodeForced(bytes, override) }
    : detect(bytes)
  if (!result.ok) return result
  const text = normaliseLineEnds(result.value.text)
  if (!override && (text.includes('\u0000') || controlCharShare(text) > MAX_CONTROL_SHARE)) {
    return { ok: false, error: importError('notText') }
  }
  if (text.trim() === '') return { ok: false, error: importError('emptyFile') }
  return { ok: true, value: { ...result.value, text } }
}
