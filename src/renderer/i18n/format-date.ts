// An article's date as the interface language writes it: 2020年5月2日, May 2, 2020. The archive
// keeps ISO days (no time, no zone), so they are formatted as UTC days and never shift.
import { isIsoDate } from '../../shared/dates'

const formats = new Map<string, Intl.DateTimeFormat>()

export function formatIsoDate(iso: string, language: string): string {
  if (!isIsoDate(iso)) return iso
  let format = formats.get(language)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })
    formats.set(language, format)
  }
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number)
  return format.format(Date.UTC(year, month - 1, day))
}
