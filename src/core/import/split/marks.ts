// Photo credits and continuation markers (jump lines).
import type { Continuation } from '../../../shared/article'

const creditLead =
  /^[（(]?\s*(?:[图圖]片[来來]源|[图圖]片提供|[图圖]片|[图圖]源|供[图圖]|[摄攝]影|照片|[制製]图|[绘繪][图圖]|插[图圖]|漫[画畫]|[数數]据[来來]源|[资資]料[来來]源|[图圖])\s*[:：/／]/
const creditTail =
  /^[（(]?[^，。！？,!?：:；;“”]{2,30}?\s*(?:[摄攝]|供[图圖]|[摄攝]影|拍[摄攝])\s*[）)]?(?:\s*[（(][^（）()，。]{1,12}[）)])?$/
/** `某某图 某某文`: picture by one, words by another. */
const pictureAndWords =
  /^[\u3400-\u9fff\s\u3000·]{2,14}[图圖][\s\u3000]+[\u3400-\u9fff\s\u3000·]{2,14}文$/

/** A photo or chart credit line: `图片来源:X`, `本报记者 张三 摄`, `（X供图）`, `制图：某某`,
 * `某某摄（某某视觉）`, `某某图 某某文`. */
export function isCreditLine(text: string): boolean {
  if (text.length > 60) return false
  return creditLead.test(text) || creditTail.test(text) || pictureAndWords.test(text)
}

/** A caption: a paragraph describing a photo. */
export function looksLikeCaption(text: string): boolean {
  return /[图圖][为為爲]/.test(text) || /[摄攝]\s*[）)]?$/.test(text.slice(-8))
}

const pageNumber = '([0-9０-９]{1,3}|[A-Za-z][0-9]{1,2}|[〇一二三四五六七八九十]{1,3})'
const marker = new RegExp(
  `[（(]?\\s*(下[转轉]|[转轉]|上接|接)\\s*第?\\s*${pageNumber}\\s*版[^（）()]{0,12}?[）)]?`,
)
const wholeMarker = new RegExp(`^${marker.source}$`)
const leadingMarker = new RegExp(`^${marker.source}\\s*`)
const trailingMarker = new RegExp(`\\s*${marker.source}$`)

const chineseDigits = '〇一二三四五六七八九'

/** `12`, `１２`, `A3` (page 3 of section A), `十二`. */
export function parsePageNumber(raw: string): number | null {
  const ascii = raw
    .replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10))
    .replace(/^[A-Za-z]/, '')
  if (/^\d+$/.test(ascii)) return Number(ascii)
  let value = 0
  let current = 0
  for (const char of raw) {
    const digit = chineseDigits.indexOf(char)
    if (digit >= 0) current = digit
    else if (char === '十') {
      value += (current || 1) * 10
      current = 0
    } else return null
  }
  const total = value + current
  return total > 0 ? total : null
}

export interface MarkerMatch {
  continuation: Continuation
  /** The jump line's own text, as printed. */
  marker: string
  /** The text left once the marker is cut out. */
  rest: string
}

function continuationOf(kind: string, page: string): Continuation {
  const number = parsePageNumber(page)
  return kind.endsWith('接') ? { from: number, to: null } : { from: null, to: number }
}

export function wholeMarkerLine(text: string): Continuation | null {
  const match = wholeMarker.exec(text)
  return match ? continuationOf(match[1] ?? '', match[2] ?? '') : null
}

/** `（上接第1版）` opening a paragraph or `（下转第2版）` closing one. */
export function markerInParagraph(text: string): MarkerMatch | null {
  if (text.length < 6) return null
  if (text.includes('接')) {
    const leading = leadingMarker.exec(text)
    if (leading && leading[1]?.endsWith('接') === true) {
      return {
        continuation: continuationOf(leading[1], leading[2] ?? ''),
        marker: leading[0],
        rest: text.slice(leading[0].length),
      }
    }
  }
  const tail = text.slice(-30)
  if (tail.includes('转') || tail.includes('轉')) {
    const trailing = trailingMarker.exec(tail)
    if (trailing && !(trailing[1] ?? '').endsWith('接')) {
      const cut = text.length - tail.length + trailing.index
      return {
        continuation: continuationOf(trailing[1] ?? '', trailing[2] ?? ''),
        marker: text.slice(cut),
        rest: text.slice(0, cut),
      }
    }
  }
  return null
}
