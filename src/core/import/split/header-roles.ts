// The judgement the labeller finds hardest, made by a model of its own: how many of the lines at
// the top of an article are its header, and which is kicker, headline and subtitle. Every reading
// of the window of lines where the header can stand (headline; kicker + headline; headline +
// subtitle; all three — the rest of the window being the article's first paragraphs) is scored
// at once by a log-linear model over the lines' features and their neighbours' (a small
// linear-chain CRF), trained by scripts/split-eval/train-headers.ts on the training months;
// applied after the page is labelled (a cascade, as GROBID segments documents).
import { echoBelow } from './cohesion'
import { headerLineFeatures, headerPairFeatures, layoutTag } from './header-features'
import { H, K, P, S, T, allowedLabels, startsArticle } from './labels'
import type { PageLayout } from './layout'
import type { Unit } from './units'

/** A header window line's role: kicker, headline, subtitle, or below the header. */
export const ROLES = 4
const ROLE_K = 0
const ROLE_T = 1
const ROLE_S = 2
const ROLE_P = 3
const roleLabels = [K, T, S, P]
/** The readings of a header, top down. */
const readings: readonly (readonly number[])[] = [
  [ROLE_T],
  [ROLE_K, ROLE_T],
  [ROLE_T, ROLE_S],
  [ROLE_K, ROLE_T, ROLE_S],
]
const HEADER_MAX = 3

export interface HeaderModel {
  /** Line feature → one weight per role. */
  line: Map<string, Float32Array>
  /** Pair feature → ROLES × ROLES weights (role above × role below). */
  pair: Map<string, Float32Array>
}

export const emptyHeaderModel = (): HeaderModel => ({ line: new Map(), pair: new Map() })

export interface HeaderModelFile {
  line: Record<string, number[]>
  pair: Record<string, number[]>
}

export function loadHeaderModel(file: HeaderModelFile): HeaderModel {
  const model = emptyHeaderModel()
  for (const [key, row] of Object.entries(file.line)) model.line.set(key, Float32Array.from(row))
  for (const [key, row] of Object.entries(file.pair)) model.pair.set(key, Float32Array.from(row))
  return model
}

/** The lines where an article's header can stand: from its first line, up to three that may be
 * header lines (text, no full stop at the end, not starting another article), then one more text
 * line of the article, which a shorter header leaves as its first paragraph. */
export interface HeaderWindow {
  units: number[]
  /** How many of them may be header lines. */
  capable: number
}

const inArticle = (label: number): boolean =>
  label === K || label === T || label === S || label === P || label === H

export function headerWindow(
  units: readonly Unit[],
  labels: Int8Array,
  start: number,
): HeaderWindow {
  const window: number[] = []
  let capable = 0
  for (let j = start; j < units.length; j++) {
    const unit = units[j] as Unit
    const label = labels[j] ?? P
    if (unit.kind !== 'text' || !inArticle(label)) break
    if (j > start && startsArticle(label, labels[j - 1] ?? -1)) break
    window.push(j)
    if (capable === HEADER_MAX || !allowedLabels(unit).includes(K)) break
    capable++
  }
  return { units: window, capable }
}

/** Every reading of the window that fits it, as one role per window line. */
export function windowReadings(window: HeaderWindow): number[][] {
  return readings
    .filter((reading) => reading.length <= window.capable)
    .map((reading) => window.units.map((_, q) => reading[q] ?? ROLE_P))
}

export interface WindowFeatures {
  lines: string[][]
  /** pairs[q]: line q − 1 with line q (pairs[0] is empty). */
  pairs: string[][]
}

export function windowFeatures(
  units: readonly Unit[],
  window: HeaderWindow,
  layout: PageLayout,
): WindowFeatures {
  const tag = layoutTag(layout)
  // The text below every line that may be a header line: its lead paragraph and on.
  const below = (window.units[window.capable - 1] ?? 0) + 1
  // A line that cannot head is a paragraph in every reading: its own features would add the
  // same to each, only its pair with the line above tells readings apart.
  const lines = window.units.map((index, q) =>
    q < window.capable
      ? [
          ...headerLineFeatures(units[index] as Unit, q, tag),
          `echo${String(echoBelow(units, index, below))}`,
        ]
      : [],
  )
  const pairs = window.units.map((index, q) =>
    q === 0 ? [] : headerPairFeatures(units[index - 1] as Unit, units[index] as Unit, tag),
  )
  return { lines, pairs }
}

function rowSums(map: ReadonlyMap<string, Float32Array>, features: string[], width: number) {
  const sum = new Float64Array(width)
  for (const feature of features) {
    const row = map.get(feature)
    if (row) for (let k = 0; k < width; k++) sum[k] = (sum[k] ?? 0) + (row[k] ?? 0)
  }
  return sum
}

/** The score of each reading (log-linear: the sum of its lines' and pairs' weights). */
export function readingScores(
  model: HeaderModel,
  features: WindowFeatures,
  candidates: readonly number[][],
): number[] {
  const lines = features.lines.map((line) => rowSums(model.line, line, ROLES))
  const pairs = features.pairs.map((pair) => rowSums(model.pair, pair, ROLES * ROLES))
  return candidates.map((roles) =>
    roles.reduce((score, role, q) => {
      const own = lines[q]?.[role] ?? 0
      const above = q > 0 ? (pairs[q]?.[(roles[q - 1] ?? 0) * ROLES + role] ?? 0) : 0
      return score + own + above
    }, 0),
  )
}

/** The true reading's roles from the true labels (training). */
export const rolesOfLabels = (labels: readonly number[]): number[] =>
  labels.map((label) =>
    label === K ? ROLE_K : label === T ? ROLE_T : label === S ? ROLE_S : ROLE_P,
  )

function applyReading(labels: Int8Array, window: HeaderWindow, roles: readonly number[]): void {
  window.units.forEach((index, q) => {
    const role = roles[q] ?? ROLE_P
    const old = labels[index] ?? P
    // Below the header a paragraph or sub-heading keeps what the labeller made of it.
    labels[index] =
      role !== ROLE_P || old === K || old === T || old === S ? (roleLabels[role] ?? P) : old
  })
  const after = (window.units[window.units.length - 1] ?? labels.length) + 1
  for (let j = after; j < labels.length && labels[j] === S; j++) labels[j] = P
}

/** Re-decides the header of every article the labeller opened with a kicker or headline. */
export function resolveHeaders(
  units: readonly Unit[],
  labels: Int8Array,
  layout: PageLayout,
  model: HeaderModel,
): void {
  if (model.line.size === 0) return
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] ?? P
    if ((label !== K && label !== T) || !startsArticle(label, labels[i - 1] ?? -1)) continue
    const window = headerWindow(units, labels, i)
    if (window.capable < 2) continue
    const candidates = windowReadings(window)
    const scores = readingScores(model, windowFeatures(units, window, layout), candidates)
    let best = 0
    scores.forEach((score, k) => {
      if (score > (scores[best] ?? -Infinity)) best = k
    })
    applyReading(labels, window, candidates[best] ?? [])
  }
}
