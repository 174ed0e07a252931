// npm run train:splitter [-- --epochs N] [--pages N] [--validation]
//
// Trains the importer's line labeller (src/core/import/split/model.ts) and writes its weights to
// src/core/import/split/model/weights.json. Pages are built from the bench corpus's training
// months only (People's Daily 2019-02 and 2019-10, Xinwen Lianbo 2022–2024) in every text layout
// and a few variations (scripts/split-eval/training-layouts.ts), each line with its true label;
// `npm run eval:split` then scores the result on the held-out months. The learner is an averaged
// structured perceptron: decode the page with the current weights, move the weights toward the
// true sequence where they differ, average over all steps. Deterministic for a given seed.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  forEachFeature,
  hashText,
  judgeJoins,
  judgeStyle,
  pageContext,
  templates,
  textValues,
} from '../src/core/import/split/features'
import type { PageContext } from '../src/core/import/split/features'
import { inferLayout } from '../src/core/import/split/layout'
import type { HeaderModelFile } from '../src/core/import/split/header-roles'
import { joinModel, writeLexicon } from '../src/core/import/split/continuation'
import type { JoinModel } from '../src/core/import/split/continuation'
import { loadStyle } from '../src/core/import/split/style'
import type { StyleModel } from '../src/core/import/split/style'
import { trainStyle } from './split-eval/train-style'
import { foldOf, trainJoins } from './split-eval/train-joins'
import type { TrainedJoins } from './split-eval/train-joins'
import { LABELS, labels } from '../src/core/import/split/labels'
import {
  edgeKey,
  emptyWeights,
  forEachEdgeFeature,
  scorePage,
  viterbi,
} from '../src/core/import/split/model'
import type { Weights, WeightsFile } from '../src/core/import/split/model'
import type { Unit } from '../src/core/import/split/units'
import { randomInt, seededRandom } from '../src/shared/random'
import type { Random } from '../src/shared/random'
import { fitSplit, loadPages, trainingSplit } from './split-eval/corpus'
import type { SourcePage } from './split-eval/corpus'
import {
  headerAccuracy,
  headerExamples,
  headerModelFile,
  trainHeaderModel,
} from './split-eval/train-headers'
import { buildExamples } from './split-eval/training-examples'
import type { Example } from './split-eval/training-examples'

const weightsPath = fileURLToPath(
  new URL('../src/core/import/split/model/weights.json', import.meta.url),
)

const argument = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name)
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN
  return Number.isFinite(value) && value > 0 ? value : fallback
}

interface Prepared {
  example: Example
  features: Int32Array[]
  edges: Int32Array[]
  context: PageContext
}

const textNames = new Map<number, string>()

/** The models the labeller reads, each trained on one half of the days. */
interface Folds {
  joins: readonly JoinModel[]
  style: readonly StyleModel[]
}

function contextOf(example: Example, folds: Folds): PageContext {
  const context = pageContext(example.units, inferLayout(example.units))
  const joins = folds.joins[example.fold]
  const style = folds.style[example.fold]
  if (joins) judgeJoins(context, joins)
  return style ? judgeStyle(context, style) : context
}

function prepare(example: Example, folds: Folds): Prepared {
  const context = contextOf(example, folds)
  const features: Int32Array[] = []
  const edges: Int32Array[] = []
  example.units.forEach((unit, i) => {
    const ids: number[] = []
    forEachFeature(context, i, (id) => ids.push(id))
    features.push(Int32Array.from(ids))
    const edgeIds: number[] = []
    forEachEdgeFeature(context, i, (id) => edgeIds.push(id))
    edges.push(Int32Array.from(edgeIds))
    nameTextFeatures(unit, example.units[i - 1])
  })
  return { example, features, edges, context }
}

/** Text features are hashed; the weights file names them by their text. */
function nameTextFeatures(unit: Unit, previous: Unit | undefined): void {
  for (const [template, text] of textValues(unit.text, previous?.text)) {
    textNames.set(templates.indexOf(template) * 2 ** 20 + hashText(text), text)
  }
}

class Averaged {
  readonly weights: Weights = emptyWeights()
  private readonly emissionSums = new Map<number, Float64Array>()
  private readonly edgeSums = new Map<number, Float64Array>()
  step = 1

  private row(
    map: Map<number, Float32Array>,
    sums: Map<number, Float64Array>,
    id: number,
    size: number,
  ) {
    let row = map.get(id)
    let sum = sums.get(id)
    if (!row || !sum) {
      row = new Float32Array(size)
      sum = new Float64Array(size)
      map.set(id, row)
      sums.set(id, sum)
    }
    return { row, sum }
  }

  bump(kind: 'emission' | 'edge', id: number, index: number, delta: number): void {
    const { row, sum } =
      kind === 'emission'
        ? this.row(this.weights.emission, this.emissionSums, id, LABELS)
        : this.row(this.weights.edges, this.edgeSums, id, LABELS * LABELS)
    row[index] = (row[index] ?? 0) + delta
    sum[index] = (sum[index] ?? 0) + this.step * delta
  }

  /** w − Σ(step·Δ)/steps: the average of the weights over every step. */
  average(map: 'emission' | 'edge'): Map<number, number[]> {
    const weights = map === 'emission' ? this.weights.emission : this.weights.edges
    const sums = map === 'emission' ? this.emissionSums : this.edgeSums
    const out = new Map<number, number[]>()
    for (const [id, row] of weights) {
      const sum = sums.get(id) ?? new Float64Array(row.length)
      out.set(
        id,
        Array.from(row, (w, k) => Math.round((w - (sum[k] ?? 0) / this.step) * 1000) / 1000),
      )
    }
    return out
  }
}

function train(prepared: readonly Prepared[], epochs: number, random: Random): Averaged {
  const model = new Averaged()
  const order = prepared.map((_, index) => index)
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = randomInt(random, i + 1)
      ;[order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0]
    }
    let wrong = 0
    let total = 0
    for (const index of order) {
      const { example, features, edges, context } = prepared[index] as Prepared
      const predicted = viterbi(context, scorePage(context, model.weights))
      const { gold } = example
      for (let u = 0; u < gold.length; u++) {
        total++
        const g = gold[u] ?? 0
        const p = predicted[u] ?? 0
        if (g !== p) {
          wrong++
          for (const id of features[u] ?? []) {
            model.bump('emission', id, g, 1)
            model.bump('emission', id, p, -1)
          }
        }
        if (u === 0) continue
        const goldPair = (gold[u - 1] ?? 0) * LABELS + g
        const predictedPair = (predicted[u - 1] ?? 0) * LABELS + p
        if (goldPair === predictedPair) continue
        for (const id of edges[u] ?? []) {
          model.bump('edge', id, goldPair, 1)
          model.bump('edge', id, predictedPair, -1)
        }
      }
      model.step++
    }
    console.log(
      `epoch ${String(epoch)}: ${((1 - wrong / total) * 100).toFixed(2)} % of ${String(total)} lines right`,
    )
  }
  return model
}

function keyOf(id: number): string {
  const template = templates[Math.floor(id / 2 ** 20)] ?? 'unknown'
  const text = textNames.get(id)
  return `${template}:${text ?? String(id % 2 ** 20)}`
}

/** The header model, from every People's Daily page of the split (their headers are what it
 * learns) and a third of the Xinwen Lianbo days, in three layouts each. */
function trainHeaders(all: readonly SourcePage[]): HeaderModelFile {
  const random = seededRandom(20191001)
  const pages = [
    ...all.filter((page) => page.source === 'rmrb'),
    ...all.filter((page) => page.source === 'xwlb').filter((_, index) => index % 3 === 0),
  ]
  const examples = headerExamples(buildExamples(pages, random, 3))
  const model = trainHeaderModel(examples, random)
  console.log(
    `headers: ${String(examples.length)} headers with more than one reading, ${(headerAccuracy(model, examples) * 100).toFixed(1)} % right on them`,
  )
  return headerModelFile(model)
}

function weightsFile(
  model: Averaged,
  headers: HeaderModelFile,
  joins: TrainedJoins,
  style: Record<string, number>,
): WeightsFile {
  // Averaged perceptron weights run to the hundreds: a feature whose weights all stay below one
  // barely moves a decision, and one decimal is precision enough. Keeps the file small.
  const tenth = (w: number): number => Math.round(w * 10) / 10
  const emission: Record<string, number[]> = {}
  for (const [id, row] of model.average('emission')) {
    if (row.some((w) => Math.abs(w) >= 1)) emission[keyOf(id)] = row.map(tenth)
  }
  const edges: Record<string, number[]> = {}
  for (const [id, block] of model.average('edge')) {
    if (block.some((w) => Math.abs(w) >= 0.1)) edges[edgeKey(id)] = block.map(tenth)
  }
  return {
    version: 1,
    templates,
    labels,
    emission,
    edges,
    headers,
    joins: joins.record,
    joinLexicon: writeLexicon(joins.lexicon),
    style,
  }
}

function main(): void {
  const epochs = argument('--epochs', 10)
  const limit = argument('--pages', 1800)
  const random = seededRandom(20190201)
  // --validation: fit on part of the training months only, to tune on the rest (eval:split --
  // --split validation) without looking at the held-out months.
  const all = loadPages(process.argv.includes('--validation') ? fitSplit : trainingSplit)
  const rmrb = all.filter((page) => page.source === 'rmrb')
  const xwlb = all.filter((page) => page.source === 'xwlb').filter((_, index) => index % 3 === 0)
  const mixed = [...rmrb, ...xwlb]
  const pages = mixed.filter(
    (_, index) => index % Math.max(1, Math.ceil(mixed.length / limit)) === 0,
  )
  const started = performance.now()
  const joinFolds = [0, 1].map((fold) =>
    trainJoins(
      all.filter((page) => foldOf(page.date) !== fold),
      random,
    ),
  )
  const joins = trainJoins(all, random)
  const examples = buildExamples(pages, random, 3)
  const folds: Folds = {
    joins: joinFolds.map((fold) => joinModel(fold.weights, fold.lexicon)),
    style: [0, 1].map((fold) =>
      loadStyle(trainStyle(all.filter((page) => foldOf(page.date) !== fold))),
    ),
  }
  const prepared = examples.map((example) => prepare(example, folds))
  const lines = examples.reduce((sum, example) => sum + example.units.length, 0)
  console.log(
    `train:splitter: ${String(pages.length)} pages (${String(pages.filter((page) => page.source === 'rmrb').length)} 人民日报, ${String(pages.filter((page) => page.source === 'xwlb').length)} 新闻联播), ${String(examples.length)} sequences, ${String(lines)} lines`,
  )
  const model = train(prepared, epochs, random)
  const file = weightsFile(model, trainHeaders(all), joins, trainStyle(all))
  writeFileSync(weightsPath, JSON.stringify(file) + '\n')
  console.log(
    `wrote ${weightsPath.split('/').slice(-4).join('/')}: ${String(Object.keys(file.emission).length)} features, ${String(Object.keys(file.edges).length)} edge features, ${((performance.now() - started) / 1000).toFixed(0)} s`,
  )
}

main()
