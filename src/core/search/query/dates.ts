// Date values of `日期:`/`date:`: 2023, 2023-06, 2023-06-01 (also 2023/6/1, 2023.6.1,
// 2023年6月1日), ranges a..b (either end may be open) and comparisons >, >=, <, <=.
// Bounds are YYYYMMDD numbers; between two real dates every integer is a valid bound.

export interface DateRange {
  from: number
  to: number
}

const FIRST = 0
const LAST = 99991231
const DAY = /^(\d{4})(?:年|[-/.])?(?:(\d{1,2})(?:月|[-/.])?(?:(\d{1,2})日?)?)?$/

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** One date at its own precision: the first and last day it covers. */
function parseDay(text: string): DateRange | null {
  const match = DAY.exec(text.trim())
  if (!match) return null
  const year = Number(match[1])
  const month = match[2] === undefined ? null : Number(match[2])
  const day = match[3] === undefined ? null : Number(match[3])
  if (month === null) return { from: year * 10000 + 101, to: year * 10000 + 1231 }
  if (month < 1 || month > 12) return null
  const base = year * 10000 + month * 100
  const last = daysInMonth(year, month)
  if (day === null) return { from: base + 1, to: base + last }
  if (day < 1 || day > last) return null
  return { from: base + day, to: base + day }
}

export function parseDateRange(text: string): DateRange | null {
  const comparison = /^(>=|<=|>|<)(.+)$/.exec(text)
  if (comparison) {
    const bound = parseDay(comparison[2] ?? '')
    if (!bound) return null
    switch (comparison[1]) {
      case '>':
        return { from: bound.to + 1, to: LAST }
      case '>=':
        return { from: bound.from, to: LAST }
      case '<':
        return { from: FIRST, to: bound.from - 1 }
      default:
        return { from: FIRST, to: bound.to }
    }
  }
  const dots = text.indexOf('..')
  if (dots >= 0) {
    const start = text.slice(0, dots)
    const end = text.slice(dots + 2)
    const from = start === '' ? { from: FIRST, to: FIRST } : parseDay(start)
    const to = end === '' ? { from: LAST, to: LAST } : parseDay(end)
    if (!from || !to || (start === '' && end === '') || from.from > to.to) return null
    return { from: from.from, to: to.to }
  }
  return parseDay(text)
}
