// Pure text preparation for print: break opportunities around quotes, the run-in opener,
// photo credits and the masthead date. Never changes a visible character of the article.

export const zwsp = '\u200B'
const han = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff'
const openAfterHan = new RegExp(`([${han}])([“‘])`, 'g')
const hanAfterClose = new RegExp(`([”’])([${han}])`, 'g')

/**
 * “ ” ‘ ’ are UAX #14 class QU: since Unicode 15.1 (LB19a) there is no break before “ when a
 * non-East-Asian character follows it, so runs like 书”（即“1+X”证 glue into one unbreakable
 * unit and leave a badly stretched line. A ZWSP between a Han character and an opening quote,
 * and between a closing quote and a Han character, restores the break that Chinese typesetting
 * allows there; it never adds a break before a closing or after an opening quote (kinsoku).
 */
export function addQuoteBreaks(text: string): string {
  return text.replace(openAfterHan, `$1${zwsp}$2`).replace(hanAfterClose, `$1${zwsp}$2`)
}

/**
 * Bylines that Chinese papers run in at the start of the first paragraph in 黑体:
 * 本报讯（记者 张三）, 本报(特约通讯员 刘澜), 新华社北京5月8日电（记者 李四）.
 * Others (► 钟克波 郭海洲, 本报记者 张三) stand on their own line in 楷体.
 */
export function isRunInByline(byline: string): boolean {
  const text = byline.trim()
  if (text.length > 50) return false
  return /^[^\s（(►▶■]{1,24}[（(][^（）()]{1,40}[）)]$/.test(text) || /(讯|电)$/.test(text)
}

/** `图片来源:湘潭高新区` → `（图片来源：湘潭高新区）`; `本报记者 张三 摄` stays as it is. */
export function creditLine(credit: string): string {
  const text = credit.trim().replace(/^[（(](.*)[）)]$/, '$1')
  const source = /^(?:图片来源|图片|图|来源)\s*[:：]\s*(.+)$/.exec(text)
  if (source?.[1] !== undefined) return `（图片来源：${source[1].trim()}）`
  return text
}

const weekdays = ['日', '一', '二', '三', '四', '五', '六'] as const

export interface MastheadDate {
  year: number
  month: number
  day: number
  /** 0 = Sunday. */
  weekday: number
  /** 星期一 … 星期日 digit: 一 … 日. */
  weekdayHan: string
}

/** Parses an ISO date `YYYY-MM-DD`; null when it is not a real calendar date. */
export function mastheadDate(iso: string | null | undefined): MastheadDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '')
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  const weekday = date.getUTCDay()
  return { year, month, day, weekday, weekdayHan: weekdays[weekday] ?? '' }
}
