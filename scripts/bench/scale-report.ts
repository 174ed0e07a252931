// The table `npm run bench:scale` prints: one row per action of issue 16, each the median and
// the max of its runs, beside the target, and a note of what was seen (partial answers,
// counts, freezes).

export interface Row {
  action: string
  /** Seconds of each run. */
  seconds: number[]
  target: string
  note?: string
}

export interface MemoryRow {
  what: string
  mb: number[]
  target: string
  note?: string
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? NaN
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? NaN) + upper) / 2
}

const seconds = (value: number): string =>
  !Number.isFinite(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1)

const max = (values: readonly number[]): number => (values.length === 0 ? NaN : Math.max(...values))

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

export function timingTable(rows: readonly Row[]): string {
  return table(
    ['action', 'median s', 'max s', 'runs', 'target', 'seen'],
    rows.map((row) => [
      row.action,
      seconds(median(row.seconds)),
      seconds(max(row.seconds)),
      String(row.seconds.length),
      row.target,
      row.note ?? '',
    ]),
  )
}

export function memoryTable(rows: readonly MemoryRow[]): string {
  const mb = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '–')
  return table(
    ['memory', 'median MB', 'max MB', 'samples', 'target', 'seen'],
    rows.map((row) => [
      row.what,
      mb(median(row.mb)),
      mb(max(row.mb)),
      String(row.mb.length),
      row.target,
      row.note ?? '',
    ]),
  )
}
