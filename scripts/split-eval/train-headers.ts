// Trains the header model (src/core/import/split/header-roles.ts): every article of the training
// pages whose top lines can be read more than one way (headline; kicker + headline; headline +
// subtitle; all three) is one example, its true reading among the readings of its window. The
// model is log-linear over the readings (a conditional likelihood, maximised by stochastic
// gradient ascent with L2), so it learns from the bench corpus which lines are kicker, headline,
// subtitle or first paragraph.
import {
  ROLES,
  emptyHeaderModel,
  headerWindow,
  readingScores,
  rolesOfLabels,
  windowFeatures,
  windowReadings,
} from '../../src/core/import/split/header-roles'
import type {
  HeaderModel,
  HeaderModelFile,
  WindowFeatures,
} from '../../src/core/import/split/header-roles'
import { inferLayout } from '../../src/core/import/split/layout'
import { K, T, startsArticle } from '../../src/core/import/split/labels'
import { randomInt } from '../../src/shared/random'
import type { Random } from '../../src/shared/random'
import type { Example } from './training-examples'

export interface HeaderExample {
  /** The window's lines. */
  texts: string[]
  features: WindowFeatures
  readings: number[][]
  gold: number
}

const sameRoles = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((role, q) => role === b[q])

/** The windows of a labelled page with more than one reading, each with its true one. */
export function headerExamples(examples: readonly Example[]): HeaderExample[] {
  const out: HeaderExample[] = []
  for (const { units, gold } of examples) {
    const layout = inferLayout(units)
    if (layout.slots) continue
    for (let i = 0; i < gold.length; i++) {
      const label = gold[i] ?? -1
      if ((label !== K && label !== T) || !startsArticle(label, gold[i - 1] ?? -1)) continue
      const window = headerWindow(units, gold, i)
      if (window.capable < 2) continue
      const readings = windowReadings(window)
      const truth = rolesOfLabels(window.units.map((index) => gold[index] ?? -1))
      const at = readings.findIndex((roles) => sameRoles(roles, truth))
      const texts = window.units.map((index) => units[index]?.text ?? '')
      const features = windowFeatures(units, window, layout)
      if (at >= 0) out.push({ texts, features, readings, gold: at })
    }
  }
  return out
}

function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores)
  const exps = scores.map((score) => Math.exp(score - top))
  const total = exps.reduce((sum, value) => sum + value, 0)
  return exps.map((value) => value / total)
}

function rowOf(map: Map<string, Float32Array>, key: string, width: number): Float32Array {
  let row = map.get(key)
  if (!row) {
    row = new Float32Array(width)
    map.set(key, row)
  }
  return row
}

/** One gradient step on one example: toward the true reading, away from the expected one. */
function update(model: HeaderModel, example: HeaderExample, rate: number): void {
  const probabilities = softmax(readingScores(model, example.features, example.readings))
  example.readings.forEach((roles, k) => {
    const push = rate * ((k === example.gold ? 1 : 0) - (probabilities[k] ?? 0))
    if (Math.abs(push) < 1e-6) return
    roles.forEach((role, q) => {
      for (const feature of example.features.lines[q] ?? []) {
        const row = rowOf(model.line, feature, ROLES)
        row[role] = (row[role] ?? 0) + push
      }
      if (q === 0) return
      const cell = (roles[q - 1] ?? 0) * ROLES + role
      for (const feature of example.features.pairs[q] ?? []) {
        const row = rowOf(model.pair, feature, ROLES * ROLES)
        row[cell] = (row[cell] ?? 0) + push
      }
    })
  })
}

export function headerAccuracy(model: HeaderModel, examples: readonly HeaderExample[]): number {
  const right = examples.filter((example) => {
    const scores = readingScores(model, example.features, example.readings)
    return scores.every((score, k) => k === example.gold || score < (scores[example.gold] ?? 0))
  }).length
  return right / Math.max(1, examples.length)
}

/** Chosen on the validation split (fit on PD 2019-02, scored on 2019-10): L2 per pass, a constant
 * rate, the passes averaged. */
const L2 = 0.3
const RATE = 0.1
const EPOCHS = 12

/** Features of fewer distinct lines than this are left out: the same article is written in
 * several layouts, and its rare character pairs would only be learned by heart. */
const MIN_LINES = 3

function commonFeatures(examples: readonly HeaderExample[]): HeaderExample[] {
  const seen = new Map<string, Set<string>>()
  for (const example of examples)
    example.features.lines.forEach((line, q) => {
      const text = example.texts[q] ?? ''
      for (const feature of line) {
        const texts = seen.get(feature) ?? new Set<string>()
        texts.add(text)
        seen.set(feature, texts)
      }
    })
  const common = (feature: string): boolean => (seen.get(feature)?.size ?? 0) >= MIN_LINES
  return examples.map((example) => ({
    ...example,
    features: {
      ...example.features,
      lines: example.features.lines.map((line) => line.filter(common)),
    },
  }))
}

export function trainHeaderModel(examples: readonly HeaderExample[], random: Random): HeaderModel {
  const model = emptyHeaderModel()
  const average = emptyHeaderModel()
  const common = commonFeatures(examples)
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let n = 0; n < examples.length; n++) {
      const example = common[randomInt(random, common.length)]
      if (example) update(model, example, RATE)
    }
    // L2 once per pass over the data, on every weight alike.
    for (const map of [model.line, model.pair])
      for (const row of map.values())
        for (let k = 0; k < row.length; k++) row[k] = (row[k] ?? 0) * (1 - RATE * L2)
    addInto(average, model, 1 / EPOCHS)
  }
  // The average of the passes' weights: steadier on unseen text than the last pass alone.
  return average
}

/** `into += model × share`, row by row. */
function addInto(into: HeaderModel, model: HeaderModel, share: number): void {
  for (const [name, width] of [
    ['line', ROLES],
    ['pair', ROLES * ROLES],
  ] as const)
    for (const [key, row] of model[name]) {
      const sum = rowOf(into[name], key, width)
      for (let k = 0; k < width; k++) sum[k] = (sum[k] ?? 0) + (row[k] ?? 0) * share
    }
}

/** The model as the weights file holds it: weights that barely move a reading left out. */
export function headerModelFile(model: HeaderModel): HeaderModelFile {
  const write = (map: Map<string, Float32Array>): Record<string, number[]> => {
    const out: Record<string, number[]> = {}
    for (const [key, row] of map)
      if (row.some((w) => Math.abs(w) >= 0.02))
        out[key] = Array.from(row, (w) => Math.round(w * 100) / 100)
    return out
  }
  return { line: write(model.line), pair: write(model.pair) }
}
