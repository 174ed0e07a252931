// The one judgement the labeller finds hardest, made by a model of its own: a header of two lines
// is kicker + headline or headline + subtitle. A logistic regression over both lines' shapes and
// words (`印发`, `出席`, figures, dashes, a column tag), trained by scripts/train-splitter.ts on the
// training months' two-line headers; applied after the page is labelled (a cascade, as GROBID
// segments documents).
import { K, S, T } from './labels'
import type { Unit } from './units'

const lengthBucket = (n: number): number =>
  n <= 6 ? 0 : n <= 10 ? 1 : n <= 14 ? 2 : n <= 18 ? 3 : n <= 24 ? 4 : n <= 32 ? 5 : n <= 45 ? 6 : 7

function lineFeatures(side: 'A' | 'B', text: string, out: string[]): void {
  out.push(`${side}len${String(lengthBucket(text.length))}`)
  out.push(`${side}f1${text.slice(0, 1)}`, `${side}f2${text.slice(0, 2)}`)
  out.push(`${side}l1${text.slice(-1)}`, `${side}l2${text.slice(-2)}`)
  if (/[0-9０-９]/.test(text)) out.push(`${side}digit`)
  if (/[（(][^（）()]{1,30}[）)]$/.test(text)) out.push(`${side}columnTag`)
  if (/^[—－-]{1,2}/.test(text)) out.push(`${side}dashStart`)
  if (/[—－-]$/.test(text)) out.push(`${side}dashEnd`)
  if (/[：:]/.test(text)) out.push(`${side}colon`)
  if (/[\u3400-\u9fff”」][ \u3000\u00a0]+[\u3400-\u9fff“「]/.test(text)) out.push(`${side}spaced`)
  if (/[，,]/.test(text)) out.push(`${side}comma`)
  if (/[。！？]/.test(text)) out.push(`${side}stop`)
  for (let i = 0; i + 1 < text.length && i < 60; i++) out.push(`${side}w${text.slice(i, i + 2)}`)
}

/** Features of a two-line header: line A above line B. */
export function pairFeatures(a: string, b: string): string[] {
  const out = ['bias']
  lineFeatures('A', a, out)
  lineFeatures('B', b, out)
  const ratio = a.length / Math.max(1, b.length)
  out.push(
    `ratio${String(ratio < 0.5 ? 0 : ratio < 0.8 ? 1 : ratio < 1.25 ? 2 : ratio < 2 ? 3 : 4)}`,
  )
  return out
}

export type PairWeights = ReadonlyMap<string, number>

/** The probability that line A is a kicker (and B the headline) rather than A the headline. */
export function kickerProbability(weights: PairWeights, a: string, b: string): number {
  let z = 0
  for (const feature of pairFeatures(a, b)) z += weights.get(feature) ?? 0
  return 1 / (1 + Math.exp(-z))
}

/** Re-decides every two-line header the labeller read as K+T or T+S. */
export function resolveHeaderPairs(
  units: readonly Unit[],
  labels: Int8Array,
  weights: PairWeights,
): void {
  if (weights.size === 0) return
  for (let i = 0; i + 1 < labels.length; i++) {
    const pair = labels[i] === K && labels[i + 1] === T && labels[i + 2] !== S
    const titled =
      labels[i] === T && labels[i + 1] === S && labels[i + 2] !== S && labels[i - 1] !== K
    if (!pair && !titled) continue
    const a = units[i]?.text ?? ''
    const b = units[i + 1]?.text ?? ''
    const kicker = kickerProbability(weights, a, b) > 0.5
    labels[i] = kicker ? K : T
    labels[i + 1] = kicker ? T : S
    i++
  }
}
