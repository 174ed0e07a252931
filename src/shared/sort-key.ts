// The library's pinyin order as a string IndexedDB can sort: each character replaced by its
// place in the `zh` collation (collation-order.ts, fixed at build time so stored keys never
// change with the machine), and a run of digits by its value, so that an index on the key lists
// headlines as compareChinese does — 阿 before 北 before 重庆, 第2版 before 第10版 — without
// loading or sorting them. A character has one reading here: the few words the collation knows
// (重庆 as chóng) sort by their characters' usual readings.
import { collationOrder } from './collation-order'

/** Code unit of the first character rank: keys stay below the surrogate range. */
const base = 0x100
let ranks: ReadonlyMap<string, number> | null = null

function rankOf(char: string): number | undefined {
  // The table holds BMP characters only: one code unit each.
  ranks ??= new Map(
    Array.from({ length: collationOrder.length }, (_, at) => [collationOrder.charAt(at), at]),
  )
  return ranks.get(char)
}

function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10
  return -1
}

/** A run of digits: where digits sort, its length, then its digits (numbers by value). */
function numberKey(digits: number[]): string {
  const first = digits.findIndex((digit) => digit !== 0)
  const significant = first < 0 ? [0] : digits.slice(first)
  const marker = String.fromCharCode(base + (rankOf('0') ?? 0))
  const length = String.fromCharCode(base + significant.length)
  return marker + length + String.fromCharCode(...significant.map((digit) => base + digit))
}

export function sortKey(text: string): string {
  const parts: string[] = []
  let digits: number[] = []
  for (const char of text) {
    const digit = digitValue(char.charCodeAt(0))
    if (digit >= 0) {
      digits.push(digit)
      continue
    }
    if (digits.length > 0) parts.push(numberKey(digits))
    digits = []
    const rank = rankOf(char)
    // A character outside the table: after every one in it, in code point order.
    parts.push(
      rank === undefined
        ? String.fromCharCode(base + collationOrder.length) + char
        : String.fromCharCode(base + rank),
    )
  }
  if (digits.length > 0) parts.push(numberKey(digits))
  return parts.join('')
}
