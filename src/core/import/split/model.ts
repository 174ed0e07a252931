// The line labeller: a linear model over the features of features.ts, one label sequence for the
// whole page decoded at once (Viterbi) under the rules of labels.ts. The weights are learned by
// scripts/train-splitter.ts from the bench corpus and shipped in model/weights.json.
import { joinModel, loadJoinModel } from './continuation'
import type { JoinModel, LexiconFile } from './continuation'
import { featureId, forEachFeature, openerValue, templates } from './features'
import type { PageContext } from './features'
import { LAYOUT_CLASSES } from './layout'
import { freeze, rowOf } from './weight-table'
import type { WeightTable } from './weight-table'
import type { Unit } from './units'
import { emptyHeaderModel, loadHeaderModel } from './header-roles'
import type { HeaderModel, HeaderModelFile } from './header-roles'
import { loadStyle } from './style'
import type { StyleModel } from './style'
import * as labelRules from './labels'

// Read once: these run for every line × label × label, and a module's exports may be getters.
const { A, C, K, LABELS, P, S, T, U, allowedLabels, mayEnd, mayFollow, startsArticle } = labelRules

/** Edge features score a pair (previous label, label) from what the line is and where it sits. */
export const edgeTemplates = [
  'bias',
  'gap/layout',
  'kind',
  'indent/layout',
  'length',
  'join',
  'opener',
] as const

export interface Weights {
  /** The same weights frozen for reading (shipped weights); training reads the maps. */
  frozen?: { emission: WeightTable; edges: WeightTable }
  /** How many lines head each article, and their roles (header-roles.ts). */
  headers: HeaderModel
  /** Column breaks: does a line continue the one above (continuation.ts). */
  joins: JoinModel
  /** Does a heading read like a headline or a sub-heading (style.ts). */
  style: StyleModel
  /** Feature id → one weight per label. */
  emission: Map<number, Float32Array>
  /** Edge feature id → LABELS × LABELS weights (previous × label). */
  edges: Map<number, Float32Array>
}

export function emptyWeights(): Weights {
  return {
    emission: new Map(),
    edges: new Map(),
    headers: emptyHeaderModel(),
    joins: joinModel(new Map(), new Map()),
    style: loadStyle({}),
  }
}

const EDGE_SPACE = 1 << 12
const EDGE_WIDTH = LABELS * LABELS
const edge = (template: number, value: number): number => template * EDGE_SPACE + value

const kindIndex: Readonly<Record<Unit['kind'], number>> = {
  text: 0,
  byline: 1,
  editor: 2,
  credit: 3,
  marker: 4,
}

/** Calls `emit` with the id of every edge feature of unit `i`. */
export function forEachEdgeFeature(
  context: PageContext,
  i: number,
  emit: (id: number) => void,
): void {
  const unit = context.units[i]
  if (!unit) return
  const gap = unit.rule ? 3 : Math.min(unit.gap, 2)
  emit(edge(0, 0))
  emit(edge(1, gap * LAYOUT_CLASSES + context.layoutValue))
  emit(edge(2, kindIndex[unit.kind]))
  emit(edge(3, (unit.indent ? LAYOUT_CLASSES : 0) + context.layoutValue))
  emit(edge(4, Math.min(unit.text.length >> 3, 20)))
  emit(edge(5, context.joins[i] ?? 0))
  // A dateline opens an article's first paragraph: what stands above it matters.
  emit(edge(6, openerValue(unit)))
}

export function edgeKey(id: number): string {
  return `${edgeTemplates[Math.floor(id / EDGE_SPACE)] ?? 'unknown'}:${String(id % EDGE_SPACE)}`
}

export function edgeId(key: string): number | null {
  const [name, value] = key.split(':')
  const index = edgeTemplates.indexOf(name as (typeof edgeTemplates)[number])
  const number = Number(value)
  return index >= 0 && Number.isInteger(number) ? edge(index, number) : null
}

export interface Scores {
  emission: Float32Array
  edges: Float32Array
  /** 1 where label y may follow label p at unit i (i · LABELS² + p · LABELS + y), by the rules of
   * labels.ts and the layout; at unit 0, row p = 0 holds the page's first label. Decided once
   * here, read by every pass. */
  steps: Uint8Array
}

/** The steps the rules allow at each unit (see Scores.steps). */
function allowedSteps(context: PageContext): Uint8Array {
  const { units } = context
  const steps = new Uint8Array(units.length * EDGE_WIDTH)
  units.forEach((unit, i) => {
    const base = i * EDGE_WIDTH
    for (const y of allowedLabels(unit)) {
      if (i === 0) {
        if (allowedStep(context, 0, -1, y)) steps[base + y] = 1
        continue
      }
      for (let p = 0; p < LABELS; p++)
        if (allowedStep(context, i, p, y)) steps[base + p * LABELS + y] = 1
    }
  })
  return steps
}

/** Adds the row of `id` (`width` weights) to `out` at `base`, from the frozen table or the map. */
function adder(
  map: ReadonlyMap<number, Float32Array>,
  table: WeightTable | undefined,
  width: number,
  out: Float32Array,
): (id: number, base: number) => void {
  if (table) {
    const { data } = table
    return (id, base) => {
      const at = rowOf(table, id)
      if (at >= 0)
        for (let k = 0; k < width; k++) out[base + k] = (out[base + k] ?? 0) + (data[at + k] ?? 0)
    }
  }
  return (id, base) => {
    const row = map.get(id)
    if (row) for (let k = 0; k < width; k++) out[base + k] = (out[base + k] ?? 0) + (row[k] ?? 0)
  }
}

/** Summed edge rows of shipped weights by the line's edge features: lines share a handful of
 * combinations, and each sum is 81 weights times seven features. */
const edgeSums = new WeakMap<WeightTable, Map<string, Float32Array>>()
const EDGE_SUMS_MAX = 50_000

/** The edge rows of unit `i` summed, from the frozen table's cache. */
function summedEdges(context: PageContext, i: number, table: WeightTable): Float32Array {
  let sums = edgeSums.get(table)
  if (!sums) edgeSums.set(table, (sums = new Map<string, Float32Array>()))
  let key = ''
  forEachEdgeFeature(context, i, (id) => {
    key += `${String(id)},`
  })
  let row = sums.get(key)
  if (!row) {
    row = new Float32Array(EDGE_WIDTH)
    const add = adder(new Map(), table, EDGE_WIDTH, row)
    forEachEdgeFeature(context, i, (id) => {
      add(id, 0)
    })
    if (sums.size >= EDGE_SUMS_MAX) sums.clear()
    sums.set(key, row)
  }
  return row
}

/** addFrozenEmission sums nine labels: this stops compiling when there are more or fewer. */
const _nineLabels: 9 = LABELS
/** Feature ids of one line, reused from line to line. */
let lineFeatures = new Int32Array(256)

/** Adds the emission rows of unit `i`'s features to `out` at `base`, from the frozen table: nine
 * running sums in locals instead of nine array writes per feature. `Math.fround` rounds each sum
 * as the Float32Array the map path adds into does, so both give the same scores. */
function addFrozenEmission(
  context: PageContext,
  i: number,
  table: WeightTable,
  out: Float32Array,
  base: number,
): void {
  let count = 0
  forEachFeature(context, i, (id) => {
    if (count === lineFeatures.length) {
      const grown = new Int32Array(count * 2)
      grown.set(lineFeatures)
      lineFeatures = grown
    }
    lineFeatures[count++] = id
  })
  const { data } = table
  const f = Math.fround
  let s0 = 0
  let s1 = 0
  let s2 = 0
  let s3 = 0
  let s4 = 0
  let s5 = 0
  let s6 = 0
  let s7 = 0
  let s8 = 0
  for (let n = 0; n < count; n++) {
    const at = rowOf(table, lineFeatures[n] ?? 0)
    if (at < 0) continue
    s0 = f(s0 + (data[at] ?? 0))
    s1 = f(s1 + (data[at + 1] ?? 0))
    s2 = f(s2 + (data[at + 2] ?? 0))
    s3 = f(s3 + (data[at + 3] ?? 0))
    s4 = f(s4 + (data[at + 4] ?? 0))
    s5 = f(s5 + (data[at + 5] ?? 0))
    s6 = f(s6 + (data[at + 6] ?? 0))
    s7 = f(s7 + (data[at + 7] ?? 0))
    s8 = f(s8 + (data[at + 8] ?? 0))
  }
  out[base] = s0
  out[base + 1] = s1
  out[base + 2] = s2
  out[base + 3] = s3
  out[base + 4] = s4
  out[base + 5] = s5
  out[base + 6] = s6
  out[base + 7] = s7
  out[base + 8] = s8
}

/** Every line's label scores and every pair's edge scores under `weights`. */
export function scorePage(context: PageContext, weights: Weights): Scores {
  const count = context.units.length
  const emission = new Float32Array(count * LABELS)
  const edges = new Float32Array(count * EDGE_WIDTH)
  const addEmission = adder(weights.emission, weights.frozen?.emission, LABELS, emission)
  const addEdges = adder(weights.edges, weights.frozen?.edges, EDGE_WIDTH, edges)
  const frozenEdges = weights.frozen?.edges
  for (let i = 0; i < count; i++) {
    const base = i * LABELS
    const frozenEmission = weights.frozen?.emission
    if (frozenEmission) addFrozenEmission(context, i, frozenEmission, emission, base)
    else
      forEachFeature(context, i, (id) => {
        addEmission(id, base)
      })
    const edgeBase = base * LABELS
    if (frozenEdges) edges.set(summedEdges(context, i, frozenEdges), edgeBase)
    else
      forEachEdgeFeature(context, i, (id) => {
        addEdges(id, edgeBase)
      })
  }
  return { emission, edges, steps: allowedSteps(context) }
}

const NONE = -Infinity

/** May label `y` (after `p`) stand at unit `i`? The rules of labels.ts and of the layout. */
function allowedStep(context: PageContext, i: number, p: number, y: number): boolean {
  const unit = context.units[i] as Unit
  if (!mayFollow(p, y, unit, context.units[i - 1])) return false
  const slot = context.layout.slots ? slotLabel(unit) : -1
  if (slot >= 0) return y === slot
  if (i === 0) return true
  // The crawler's file holds one article, its header in the slots: below them, nothing starts
  // another article or adds to the header.
  if (context.layout.slots && (startsArticle(y, p) || y === S)) return false
  // Where blank lines separate articles, a line that follows another without one continues it.
  if (context.layout.blankSeparatesArticles && unit.gap === 0 && startsArticle(y, p)) return false
  // Authors named after the last sentence close the paragraph and the article.
  return !(y === C && context.signedEnds[i - 1] === 1)
}

/** The crawler's one-article file puts kicker, headline and subtitle on lines 1–3: by position. */
function slotLabel(unit: Unit): number {
  if (unit.kind !== 'text' || unit.indent || unit.line > 3) return -1
  return [K, T, S][unit.line - 1] ?? -1
}

/** Best scores of every prefix ending in each label (forward), or of every suffix starting from
 * each label (backward), with back-pointers for the forward pass. */
export interface Forward {
  best: Float64Array
  back: Int8Array
}

export function forward(context: PageContext, scores: Scores): Forward {
  const { units } = context
  const count = units.length
  const best = new Float64Array(count * LABELS).fill(NONE)
  const back = new Int8Array(count * LABELS).fill(-1)
  const { steps } = scores
  for (let i = 0; i < count; i++) {
    for (const y of allowedLabels(units[i] as Unit)) {
      const own = scores.emission[i * LABELS + y] ?? 0
      if (i === 0) {
        if (steps[y] === 1) best[y] = own
        continue
      }
      let top = NONE
      let from = -1
      for (let p = 0; p < LABELS; p++) {
        const before = best[(i - 1) * LABELS + p] ?? NONE
        if (before === NONE || steps[i * EDGE_WIDTH + p * LABELS + y] !== 1) continue
        const score = before + (scores.edges[(i * LABELS + p) * LABELS + y] ?? 0)
        if (score > top) {
          top = score
          from = p
        }
      }
      if (from >= 0) {
        best[i * LABELS + y] = top + own
        back[i * LABELS + y] = from
      }
    }
  }
  return { best, back }
}

function backward(context: PageContext, scores: Scores): Float64Array {
  const { units } = context
  const count = units.length
  const best = new Float64Array(count * LABELS).fill(NONE)
  for (let y = 0; y < LABELS; y++) if (mayEnd(y)) best[(count - 1) * LABELS + y] = 0
  for (let i = count - 2; i >= 0; i--) {
    for (let y = 0; y < LABELS; y++) {
      let top = NONE
      for (const next of allowedLabels(units[i + 1] as Unit)) {
        const after = best[(i + 1) * LABELS + next] ?? NONE
        if (after === NONE || scores.steps[(i + 1) * EDGE_WIDTH + y * LABELS + next] !== 1) continue
        const score =
          after +
          (scores.edges[((i + 1) * LABELS + y) * LABELS + next] ?? 0) +
          (scores.emission[(i + 1) * LABELS + next] ?? 0)
        if (score > top) top = score
      }
      best[i * LABELS + y] = top
    }
  }
  return best
}

/** The best label sequence that follows the rules of labels.ts and of the page's layout. */
export function viterbi(
  context: PageContext,
  scores: Scores,
  { best, back }: Forward = forward(context, scores),
): Int8Array {
  const count = context.units.length
  const path = new Int8Array(count)
  let top = NONE
  let label = -1
  for (let y = 0; y < LABELS; y++) {
    const score = best[(count - 1) * LABELS + y] ?? NONE
    if (mayEnd(y) && score > top) {
      top = score
      label = y
    }
  }
  if (label < 0) return plainLabels(context)
  for (let i = count - 1; i >= 0 && label >= 0; i--) {
    path[i] = label
    label = back[i * LABELS + label] ?? -1
  }
  return path
}

/** Should the rules ever leave no sequence: one untitled article of plain paragraphs. */
function plainLabels(context: PageContext): Int8Array {
  return Int8Array.from(context.units, (unit, i) => (unit.kind !== 'text' ? A : i === 0 ? U : P))
}

/** For every unit and label, the score of the best whole sequence that gives the unit that label:
 * how much a different reading of one line would cost. */
export function maxMarginals(
  context: PageContext,
  scores: Scores,
  { best }: Forward = forward(context, scores),
): Float64Array {
  const after = backward(context, scores)
  return best.map((score, k) => score + (after[k] ?? NONE))
}

/** The shipped weights file: readable keys, weights rounded. */
export interface WeightsFile {
  version: 1
  templates: readonly string[]
  labels: readonly string[]
  emission: Record<string, number[]>
  edges: Record<string, number[]>
  /** The header model (header-roles.ts). */
  headers: HeaderModelFile
  /** The column-break model (continuation.ts): feature → weight, and its character pairs. */
  joins: Record<string, number>
  joinLexicon: LexiconFile
  /** The style model (style.ts): character pair → log-odds. */
  style: Record<string, number>
}

export function templatesMatch(file: WeightsFile): boolean {
  return file.templates.join('|') === templates.join('|')
}

export function loadWeights(file: WeightsFile): Weights {
  if (!templatesMatch(file)) throw new Error('splitter weights were trained for other features')
  const weights = emptyWeights()
  for (const [key, row] of Object.entries(file.emission)) {
    const id = featureId(key)
    if (id !== null) weights.emission.set(id, Float32Array.from(row))
  }
  weights.headers = loadHeaderModel(file.headers)
  weights.joins = loadJoinModel(file.joins, file.joinLexicon)
  weights.style = loadStyle(file.style)
  for (const [key, block] of Object.entries(file.edges)) {
    const id = edgeId(key)
    if (id !== null) weights.edges.set(id, Float32Array.from(block))
  }
  weights.frozen = {
    emission: freeze(weights.emission, LABELS),
    edges: freeze(weights.edges, LABELS * LABELS),
  }
  return weights
}
