// Page furniture is part of the newspaper, so it is always set in Chinese, whatever the
// interface language: 第7版, 2024年10月21日 星期一, （下转第8版）.
import { printMessages } from '../../shared/locales/print'
import { mastheadDate } from '../../core/print/text'

type SheetKey = keyof (typeof printMessages)['zh-CN']['sheet']

export function sheetText(key: SheetKey, params: Record<string, string | number> = {}): string {
  const template = printMessages['zh-CN'].sheet[key]
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''))
}

/** `2024年10月21日` and `星期一`, or null for a missing or invalid date. */
export function dateTexts(iso: string | null): { date: string; weekday: string } | null {
  const date = mastheadDate(iso)
  if (date === null) return null
  return {
    date: sheetText('date', { year: date.year, month: date.month, day: date.day }),
    weekday: sheetText('weekday', { weekday: date.weekdayHan }),
  }
}
