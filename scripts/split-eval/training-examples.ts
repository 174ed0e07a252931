// Training sequences for the splitter's models: pages of the training months written in every
// text layout and its variations (training-layouts.ts), read back into the units the splitter
// sees, each with its true label.
import { linesOf, pagesOf, formatOfPath } from '../../src/core/import/pipeline'
import { unitsOf } from '../../src/core/import/split-page'
import { A, P, U, allowedLabels, labels } from '../../src/core/import/split/labels'
import type { Unit } from '../../src/core/import/split/units'
import { randomInt } from '../../src/shared/random'
import type { Random } from '../../src/shared/random'
import type { SourcePage } from './corpus'
import type { GeneratedFile } from './layouts'
import { planPage } from './plan'
import { foldOf } from './train-joins'
import { trainingLayouts, withoutDatelines } from './training-layouts'

export interface Example {
  units: Unit[]
  gold: Int8Array
  /** Which half of the days the page is from: its column-break judgements come from the model
   * trained on the other half, so the labeller learns how far to trust them on unseen text. */
  fold: number
}

/** The true label, moved to the nearest one the line's kind allows. */
function allowedGold(label: string, unit: Unit): number {
  const wanted = labels.indexOf(label as (typeof labels)[number])
  const allowed = allowedLabels(unit)
  if (allowed.includes(wanted)) return wanted
  if (unit.kind === 'text') return wanted === U ? U : P
  return allowed.includes(U) && wanted === U ? U : A
}

function examplesOf(file: GeneratedFile, fold: number): Example[] {
  const path = `/archive/${file.name}`
  const format = formatOfPath(path)
  if (!format || !file.labels) return []
  const read = linesOf(format, { path, bytes: file.bytes })
  if (!read.ok) return []
  const examples: Example[] = []
  for (const page of pagesOf(read.lines)) {
    const units = unitsOf(page.lines)
    if (units.length === 0) continue
    const gold = Int8Array.from(units, (unit) =>
      allowedGold(file.labels?.[unit.line - 1] || 'P', unit),
    )
    examples.push({ units, gold, fold })
  }
  return examples
}

const planOptions = (random: Random) => ({
  credits: 0.1 + random() * 0.3,
  headCredits: random() * 0.2,
  photoParagraphs: 2,
  extraPhotos: random() * 0.1,
  bylines: random() < 0.4 ? 1 : random() * 0.4,
  trailing: random() * 0.2,
  photos: 0.8,
  closers: random() * 0.1,
})

/** `variants` pages in randomly chosen layouts for every source page. */
export function buildExamples(
  pages: readonly SourcePage[],
  random: Random,
  variants: number,
): Example[] {
  // The fixture's form is the hardest to read (nothing but shape tells articles apart): it gets
  // as many pages as all the others together.
  const names = [
    ...Object.keys(trainingLayouts),
    'fixture',
    'fixture',
    'fixture',
    'fixture',
    'fixture-indented',
  ]
  const examples: Example[] = []
  for (const source of pages) {
    for (let v = 0; v < variants; v++) {
      const page = random() < 0.3 ? withoutDatelines(source) : source
      const name = names[randomInt(random, names.length)] ?? 'fixture'
      const layout = trainingLayouts[name]
      if (!layout) continue
      const planned = planPage(page, random, planOptions(random))
      const breaks = name.startsWith('fixture') ? 0.05 + random() * 0.25 : 0
      for (const file of layout(page, planned, { random, breaks, noise: random() * 0.2 }))
        examples.push(...examplesOf(file, foldOf(source.date)))
    }
  }
  return examples
}
