// Summaries for the search benchmark: percentiles and recall/precision per query class.
import type { QueryTiming } from './page'
import type { QueryClass } from './queries'

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

export interface ClassAccuracy {
  kind: QueryClass | 'all'
  queries: number
  recall: number
  precision: number
  /** Queries whose results equal the scan exactly. */
  exact: number
  meanTruth: number
}

export function accuracy(
  kind: ClassAccuracy['kind'],
  timings: readonly QueryTiming[],
): ClassAccuracy {
  let truth = 0
  let found = 0
  let correct = 0
  let exact = 0
  for (const t of timings) {
    truth += t.truth
    found += t.found
    correct += t.correct
    if (t.correct === t.truth && t.found === t.truth) exact += 1
  }
  return {
    kind,
    queries: timings.length,
    recall: truth === 0 ? 1 : correct / truth,
    precision: found === 0 ? 1 : correct / found,
    exact,
    meanTruth: timings.length === 0 ? 0 : truth / timings.length,
  }
}

export const fmt = (value: number, digits = 2): string =>
  Number.isFinite(value) ? value.toFixed(digits) : '–'
export const mib = (bytes: number): string => `${fmt(bytes / 2 ** 20, 1)} MiB`
