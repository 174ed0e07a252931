// The line labeller with the weights shipped in model/weights.json (trained by
// scripts/train-splitter.ts on the bench corpus's training months).
import weightsFile from './model/weights.json'
import { judgeJoins, judgeStyle } from './features'
import type { PageContext } from './features'
import { resolveHeaders } from './header-roles'
import { H, K, LABELS, T } from './labels'
import { forward, loadWeights, maxMarginals, scorePage, viterbi } from './model'
import type { Weights, WeightsFile } from './model'

let shipped: Weights | null = null

export function shippedWeights(): Weights {
  shipped ??= loadWeights(weightsFile as WeightsFile)
  return shipped
}

export interface PageLabels {
  labels: Int8Array
  /** Lines kept as sub-headings although they score nearly as well as a new headline. */
  doubtful: number[]
}

/** How close (in the model's score) the best reading with a new article at a sub-heading may come
 * to the chosen one before the line is reported. */
const DOUBT_MARGIN = 20

export function labelPage(unjudged: PageContext, weights: Weights = shippedWeights()): PageLabels {
  const context = judgeStyle(judgeJoins(unjudged, weights.joins), weights.style)
  const scores = scorePage(context, weights)
  const passed = forward(context, scores)
  const labels = viterbi(context, scores, passed)
  // In the one-article file's fixed slots, line 1 is the kicker by position: nothing to judge.
  if (!context.layout.slots) resolveHeaders(context.units, labels, context.layout, weights.headers)
  const doubtful: number[] = []
  if (!labels.includes(H)) return { labels, doubtful }
  const marginals = maxMarginals(context, scores, passed)
  labels.forEach((label, i) => {
    if (label !== H) return
    const chosen = marginals[i * LABELS + H] ?? 0
    const headline = Math.max(
      marginals[i * LABELS + T] ?? -Infinity,
      marginals[i * LABELS + K] ?? -Infinity,
    )
    if (headline > chosen - DOUBT_MARGIN) doubtful.push(i)
  })
  return { labels, doubtful }
}
