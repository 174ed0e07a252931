// How plausible a decoded text is as Chinese: the share of its non-ASCII characters that are common
// Han characters (measured on real news, see common-han.ts), minus what a wrong decoding produces —
// replacement characters, private-use code points, rare CJK extensions and stray symbols.
import { commonHan } from './common-han'

let commonTable: Uint8Array | null = null

function table(): Uint8Array {
  if (commonTable) return commonTable
  const built = new Uint8Array(0x10000)
  for (let i = 0; i < commonHan.length; i++) built[commonHan.charCodeAt(i)] = 1
  commonTable = built
  return built
}

/** Full-width forms and CJK punctuation that real Chinese text uses constantly. */
function isCommonPunctuation(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x301f) ||
    (code >= 0xff01 && code <= 0xff5e) ||
    (code >= 0x2010 && code <= 0x2027) ||
    code === 0x00b7
  )
}

function isSuspicious(code: number): boolean {
  return (
    code === 0xfffd ||
    (code >= 0xe000 && code <= 0xf8ff) || // private use: unmapped vendor codes
    (code >= 0xd800 && code <= 0xdfff) || // astral planes: CJK extensions B and later
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x80 && code <= 0x9f) // C1 controls
  )
}

export interface TextScore {
  /** Between -1 and 1: the share of common characters minus the share of suspicious ones. */
  score: number
  replacements: number
  nonAscii: number
}

/** Scores the first `limit` characters; a megabyte decides an encoding as well as the whole file. */
export function scoreChinese(text: string, limit = 1 << 20): TextScore {
  const common = table()
  const end = Math.min(text.length, limit)
  let good = 0
  let bad = 0
  let replacements = 0
  let nonAscii = 0
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) continue
    nonAscii++
    if (common[code] === 1 || isCommonPunctuation(code)) good++
    else if (isSuspicious(code)) {
      bad++
      if (code === 0xfffd) replacements++
    }
  }
  const score = nonAscii === 0 ? 0 : (good - 2 * bad) / nonAscii
  return { score, replacements, nonAscii }
}
