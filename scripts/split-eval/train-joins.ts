// Trains the column-break model (src/core/import/split/continuation.ts) from the corpus's own
// text, not from generated pages: a column ends wherever the paper's layout puts it, so a break is
// a paragraph cut at any character that does not end a sentence (a cut after a full stop cannot be
// told from two paragraphs, and costs nothing). Against it stand the pairs of lines that really
// follow each other in an item: kicker and headline, headline and subtitle, headline and first
// paragraph, paragraph and paragraph (sub-headings among them), an item's last line and the next
// item's first.
import {
  forEachJoinFeature,
  joinFeatureKey,
  joinTemplates,
  joinTextValues,
} from '../../src/core/import/split/continuation'
import type { Lexicon } from '../../src/core/import/split/continuation'
import { randomInt } from '../../src/shared/random'
import type { Random } from '../../src/shared/random'
import type { SourceItem, SourcePage } from './corpus'

interface Pair {
  a: string
  b: string
  join: boolean
}

/** Days fall in two halves, so each half's pages can be judged by a model of the other half. */
export const foldOf = (date: string): number => Number(date.slice(-1)) % 2

const sentenceEnd = /[。！？!?；;…]$|[。！？!?][”’」』]$/

function linesOf(item: SourceItem): string[] {
  return [item.kicker, item.title, item.subtitle, ...item.paragraphs]
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** A column break somewhere in the paragraph, or null when none can fall there. */
function cut(paragraph: string, random: Random): Pair | null {
  const chars = Array.from(paragraph)
  if (chars.length < 6) return null
  for (let attempt = 0; attempt < 4; attempt++) {
    const at = 1 + randomInt(random, chars.length - 1)
    const a = chars.slice(0, at).join('')
    if (!sentenceEnd.test(a)) return { a, b: chars.slice(at).join(''), join: true }
  }
  return null
}

/** A paragraph is cut up to CUTS times (each a pair of its own): breaks fall anywhere, and the
 * model needs many junctions to learn which characters run on. */
const CUTS = 3

function pairsOf(pages: readonly SourcePage[], random: Random): Pair[] {
  const pairs: Pair[] = []
  for (const page of pages) {
    const lines = page.items.flatMap(linesOf)
    for (let i = 0; i + 1 < lines.length; i++)
      pairs.push({ a: lines[i] ?? '', b: lines[i + 1] ?? '', join: false })
    for (const item of page.items)
      for (const paragraph of item.paragraphs) {
        for (let n = 0; n < CUTS; n++) {
          const broken = random() < 0.5 ? cut(paragraph.trim(), random) : null
          if (broken) pairs.push(broken)
        }
      }
  }
  return pairs
}

const featuresOf = (pair: Pair, lexicon: Lexicon): Int32Array => {
  const ids: number[] = []
  forEachJoinFeature(pair.a, pair.b, (id) => ids.push(id), lexicon)
  return Int32Array.from(ids)
}

const MIN_COUNT = 5
/** PMI of at least 1 nat (step 3): the file stays small, and pairs below say little. */
const MIN_STEP = 3

/** Character pairs of the pages' running text by their pointwise mutual information, in steps
 * of one nat from 1; pairs seen fewer than MIN_COUNT times or below MIN_STEP are left out. */
export function lexiconOf(pages: readonly SourcePage[]): Map<number, number> {
  const pairs = new Map<number, number>()
  const chars = new Map<number, number>()
  let total = 0
  for (const page of pages)
    for (const item of page.items)
      for (const paragraph of item.paragraphs)
        for (let i = 0; i < paragraph.length; i++) {
          const code = paragraph.charCodeAt(i)
          chars.set(code, (chars.get(code) ?? 0) + 1)
          total++
          if (i + 1 < paragraph.length) {
            const pair = ((code << 16) | paragraph.charCodeAt(i + 1)) >>> 0
            pairs.set(pair, (pairs.get(pair) ?? 0) + 1)
          }
        }
  const lexicon = new Map<number, number>()
  for (const [pair, count] of pairs) {
    if (count < MIN_COUNT) continue
    const left = chars.get(pair >>> 16) ?? 1
    const right = chars.get(pair & 0xffff) ?? 1
    const step = Math.floor(Math.log((count * total) / (left * right))) + 2
    if (step >= MIN_STEP) lexicon.set(pair, Math.max(1, Math.min(step, 9)))
  }
  return lexicon
}

export interface TrainedJoins {
  weights: Map<number, number>
  lexicon: Map<number, number>
  /** The weights file's record: readable keys, small weights left out. */
  record: Record<string, number>
}

const EPOCHS = 6
const RATE = 0.05
const L2 = 1e-6
const KEEP = 0.2

/** Logistic regression by stochastic gradient descent, the rate falling over the epochs. */
export function trainJoins(pages: readonly SourcePage[], random: Random): TrainedJoins {
  const lexicon = lexiconOf(pages)
  // Only a line left open can be continued: the labeller asks nothing else of this model.
  const pairs = pairsOf(pages, random).filter((pair) => !sentenceEnd.test(pair.a))
  const names = new Map<number, string>()
  const examples = pairs.map((pair) => {
    const features = featuresOf(pair, lexicon)
    // Features are emitted in template order: the id at a template's index is its feature.
    for (const [template, text] of joinTextValues(pair.a, pair.b)) {
      const id = features[joinTemplates.indexOf(template as (typeof joinTemplates)[number])]
      if (id !== undefined) names.set(id, text)
    }
    return { features, y: pair.join ? 1 : 0 }
  })
  const weights = new Map<number, number>()
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch)
    for (let n = 0; n < examples.length; n++) {
      const example = examples[randomInt(random, examples.length)]
      if (!example) continue
      let z = 0
      for (const id of example.features) z += weights.get(id) ?? 0
      const gradient = 1 / (1 + Math.exp(-z)) - example.y
      for (const id of example.features) {
        const w = weights.get(id) ?? 0
        weights.set(id, w - rate * (gradient + L2 * w))
      }
    }
  }
  const right = examples.filter((example) => {
    let z = 0
    for (const id of example.features) z += weights.get(id) ?? 0
    return z > 0 === (example.y === 1)
  }).length
  console.log(
    `column breaks: ${String(examples.length)} line pairs (${String(pairs.filter((pair) => pair.join).length)} cut), ${((right / examples.length) * 100).toFixed(1)} % right on them`,
  )
  const record: Record<string, number> = {}
  const kept = new Map<number, number>()
  for (const [id, w] of weights) {
    if (Math.abs(w) < KEEP) continue
    const rounded = Math.round(w * 100) / 100
    record[joinFeatureKey(id, names.get(id))] = rounded
    kept.set(id, rounded)
  }
  return { weights: kept, lexicon, record }
}
