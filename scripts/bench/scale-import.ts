// Import rates of `npm run bench:scale`, read from the counts the import panel showed once a
// second: overall, over the last tenth, and past 30,000 articles (where the issue saw the rate
// collapse), with what the library showed meanwhile.
import type { ImportOutcome, ImportSample } from './scale-actions'

export interface ImportRates {
  overall: number
  lastTenth: number
  past30k: number | null
  /** Of the samples with library rows on screen, the share with every row filled. */
  rowsFilledShare: number | null
  peakMb: number
}

/** Articles a second between the first sample at `from` articles and the end. */
function rateFrom(samples: readonly ImportSample[], from: number, end: ImportSample): number {
  const start = samples.find((s) => s.articles >= from)
  if (start === undefined || end.seconds <= start.seconds) return NaN
  return (end.articles - start.articles) / (end.seconds - start.seconds)
}

export function importRates(outcome: ImportOutcome): ImportRates {
  const { samples } = outcome
  const end: ImportSample = samples.at(-1) ?? {
    seconds: outcome.seconds,
    articles: outcome.added,
    rendererMb: 0,
    rowsFilled: null,
  }
  const final = { ...end, articles: Math.max(end.articles, outcome.added) }
  const withRows = samples.filter((s) => s.rowsFilled !== null)
  return {
    overall: final.articles / outcome.seconds,
    lastTenth: rateFrom(samples, final.articles * 0.9, final),
    past30k: final.articles > 30_000 ? rateFrom(samples, 30_000, final) : null,
    rowsFilledShare:
      withRows.length === 0
        ? null
        : withRows.filter((s) => s.rowsFilled === true).length / withRows.length,
    peakMb: Math.max(0, ...samples.map((s) => s.rendererMb)),
  }
}

/** The count reached at each full minute, for the record of where the rate went. */
export function perMinute(samples: readonly ImportSample[]): string {
  const marks: string[] = []
  for (let minute = 1; ; minute++) {
    const at = samples.filter((s) => s.seconds <= minute * 60).at(-1)
    if (at === undefined || samples.at(-1) === at) break
    marks.push(`${String(minute)} min: ${String(at.articles)}`)
  }
  return marks.join(', ')
}
