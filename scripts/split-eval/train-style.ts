// Trains the style model (src/core/import/split/style.ts): the character pairs of the training
// months' headlines and kickers against those of their paragraphs shaped like sub-headings, as
// naive Bayes log-odds with add-half smoothing; pairs seen fewer than MIN_COUNT times are left
// out.
import { stylePairs } from '../../src/core/import/split/style'
import type { SourcePage } from './corpus'
import { isSubheadShaped } from './plan'

const SMOOTHING = 0.5
const MIN_COUNT = 3

function count(lines: readonly string[], into: Map<string, number>): number {
  let total = 0
  for (const line of lines)
    for (const pair of stylePairs(line)) {
      into.set(pair, (into.get(pair) ?? 0) + 1)
      total++
    }
  return total
}

export function trainStyle(pages: readonly SourcePage[]): Record<string, number> {
  const items = pages.flatMap((page) => page.items)
  const heads = items.flatMap((item) => [item.title, item.kicker].filter((line) => line !== ''))
  const subheads = items.flatMap((item) => item.paragraphs.filter(isSubheadShaped))
  const headCounts = new Map<string, number>()
  const subCounts = new Map<string, number>()
  const headTotal = count(heads, headCounts)
  const subTotal = count(subheads, subCounts)
  const vocabulary = new Set([...headCounts.keys(), ...subCounts.keys()]).size
  const out: Record<string, number> = {}
  for (const pair of new Set([...headCounts.keys(), ...subCounts.keys()])) {
    const head = headCounts.get(pair) ?? 0
    const sub = subCounts.get(pair) ?? 0
    if (head + sub < MIN_COUNT) continue
    const odds =
      Math.log((head + SMOOTHING) / (headTotal + SMOOTHING * vocabulary)) -
      Math.log((sub + SMOOTHING) / (subTotal + SMOOTHING * vocabulary))
    if (Math.abs(odds) >= 0.2) out[pair] = Math.round(odds * 10) / 10
  }
  return out
}
