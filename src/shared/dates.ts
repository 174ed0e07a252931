// Calendar dates as the archive keeps them: ISO `YYYY-MM-DD`, checked to be real days.

export const DAY_MS = 86_400_000

/** The shape of an ISO date; `isIsoDate` also checks the day exists. */
export const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/

/** `2020`, `5`, `2` → `2020-05-02`, or null when there is no such day (2023-02-30). */
export function isoDateOf(year: number, month: number, day: number): string | null {
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  )
    return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function isIsoDate(text: string): boolean {
  if (!isoDatePattern.test(text)) return false
  const [year, month, day] = text.split('-').map(Number)
  return isoDateOf(year ?? 0, month ?? 0, day ?? 0) === text
}

/** The day `moment` falls on where the user is, as `YYYY-MM-DD` (file names: 剪报-…-2026-12-01). */
export function localIsoDate(moment: Date): string {
  return (
    isoDateOf(moment.getFullYear(), moment.getMonth() + 1, moment.getDate()) ??
    moment.toISOString().slice(0, 10)
  )
}
