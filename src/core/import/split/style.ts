// How much a heading-shaped line reads like the top of an article (a headline or kicker) rather
// than a sub-heading inside one, from its character pairs: naive Bayes log-odds learned from the
// training months' headlines and kickers against their paragraphs shaped like sub-headings
// (scripts/split-eval/train-style.ts). Its bucket is a feature of the line labeller.
import { freeze, rowOf } from './weight-table'
import type { WeightTable } from './weight-table'

/** Pair → log-odds, frozen for reading (weight-table.ts); a line's start and end count as
 * characters of their own. */
export type StyleModel = WeightTable

/** The marks of a line's start and end in the weights file's pairs: control characters, never
 * part of a line. */
export const LINE_START = '\u0002'
export const LINE_END = '\u0003'

const pairCode = (a: number, b: number): number => (a << 16) | b

export function loadStyle(file: Record<string, number>): StyleModel {
  const model = new Map<number, number[]>()
  for (const [pair, weight] of Object.entries(file))
    if (pair.length === 2) model.set(pairCode(pair.charCodeAt(0), pair.charCodeAt(1)), [weight])
  return freeze(model, 1)
}

const weightOf = (model: StyleModel, a: number, b: number): number =>
  model.data[rowOf(model, pairCode(a, b))] ?? 0

/** The pairs of a line as the model reads them, start and end marks included. */
export function stylePairs(text: string): string[] {
  const marked = LINE_START + text + LINE_END
  const pairs: string[] = []
  for (let i = 0; i + 1 < marked.length; i++) pairs.push(marked.slice(i, i + 2))
  return pairs
}

/** The mean log-odds of the line's pairs (0 for an empty model). */
export function styleScore(model: StyleModel, text: string): number {
  if (model.data.length === 0 || text === '') return 0
  let sum = weightOf(model, LINE_START.charCodeAt(0), text.charCodeAt(0))
  for (let i = 0; i + 1 < text.length; i++)
    sum += weightOf(model, text.charCodeAt(i), text.charCodeAt(i + 1))
  sum += weightOf(model, text.charCodeAt(text.length - 1), LINE_END.charCodeAt(0))
  return sum / (text.length + 1)
}

const bounds = [-1.5, -0.9, -0.5, -0.2, 0.1, 0.4, 0.8, 1.4]
export const STYLE_BUCKETS = bounds.length + 2

/** 1 (reads like a sub-heading) to 9 (like a headline). */
export function styleBucket(score: number): number {
  const at = bounds.findIndex((bound) => score < bound)
  return at < 0 ? bounds.length + 1 : at + 1
}
