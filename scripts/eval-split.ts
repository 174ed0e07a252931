// npm run eval:split [-- --pages N] [--layout NAME] [--split held-out|training|validation]
//
// Scores the importer's page splitting on pages built from the bench corpus in every layout a
// correspondent's files arrive in (scripts/split-eval/layouts.ts): People's Daily pages as printed
// and Xinwen Lianbo days, with credits, bylines, photo items, column breaks and blank-line noise
// added. By default only held-out months are scored (People's Daily 2020-01 and 2020-02, Xinwen
// Lianbo 2025–2026); the splitter's weights were trained on the others (scripts/train-splitter.ts).
// Prints one line per layout, then the same per source.
import { parseFile } from '../src/core/import/pipeline'
import { seededRandom } from '../src/shared/random'
import { heldOutSplit, loadPages, trainingSplit, validationSplit } from './split-eval/corpus'
import type { SourcePage } from './split-eval/corpus'
import { layouts } from './split-eval/layouts'
import { planPage } from './split-eval/plan'
import { emptyTally, formatTally, scoreFile } from './split-eval/score'
import type { Tally } from './split-eval/score'

const argument = (name: string): string | null => {
  const at = process.argv.indexOf(name)
  return at >= 0 ? (process.argv[at + 1] ?? null) : null
}

const evalPlan = {
  credits: 0.2,
  headCredits: 0.1,
  bylines: 0.15,
  trailing: 0.1,
  photos: 0.8,
  closers: 0.05,
}

interface Scored {
  layout: string
  plan: typeof evalPlan
  breaks: number
}

/** The fixture's form tells articles apart by a byline, dateline or credit under the headline:
 * scored so; `fixture-bare` is the same layout where most articles carry none. */
const scored: Readonly<Record<string, Scored>> = {
  'export-indented': { layout: 'export-indented', plan: evalPlan, breaks: 0 },
  'export-plain': { layout: 'export-plain', plan: evalPlan, breaks: 0 },
  fixture: { layout: 'fixture', plan: { ...evalPlan, bylines: 1 }, breaks: 0.15 },
  'fixture-bare': { layout: 'fixture', plan: evalPlan, breaks: 0.15 },
  single: { layout: 'single', plan: evalPlan, breaks: 0 },
  markdown: { layout: 'markdown', plan: evalPlan, breaks: 0 },
  html: { layout: 'html', plan: evalPlan, breaks: 0 },
  docx: { layout: 'docx', plan: evalPlan, breaks: 0 },
}

function scoreLayout(name: string, pages: readonly SourcePage[], seed: number): Map<string, Tally> {
  const setting = scored[name]
  const layout = setting ? layouts[setting.layout] : undefined
  if (!setting || !layout) throw new Error(`unknown layout ${name}`)
  const random = seededRandom(seed)
  const tallies = new Map<string, Tally>([['all', emptyTally()]])
  for (const page of pages) {
    const planned = planPage(page, random, setting.plan)
    const { breaks } = setting
    for (const file of layout(page, planned, { random, breaks, noise: 0.1 })) {
      const outcome = parseFile({ path: `/archive/${file.name}`, bytes: file.bytes })
      const bySource = tallies.get(page.source) ?? emptyTally()
      tallies.set(page.source, bySource)
      scoreFile(file, outcome, bySource)
      scoreFile(file, outcome, tallies.get('all') ?? emptyTally())
    }
  }
  return tallies
}

function main(): void {
  const chosen = argument('--split')
  // `validation` scores weights trained with `train:splitter -- --validation`, for tuning.
  const split =
    chosen === 'training' ? trainingSplit : chosen === 'validation' ? validationSplit : heldOutSplit
  const limit = Number(argument('--pages') ?? 0)
  let pages = loadPages(split)
  if (limit > 0) pages = pages.filter((_, index) => index % Math.ceil(pages.length / limit) === 0)
  const only = argument('--layout')
  const names = only ? [only] : Object.keys(scored)
  const months = [
    ...split.rmrbMonths.map((m) => `人民日报 ${m}`),
    ...split.xwlbYears.map((y) => `新闻联播 ${y}`),
  ]
  console.log(`eval:split on ${String(pages.length)} pages (${months.join(', ')}), seed 20200101`)
  for (const name of names) {
    const started = performance.now()
    const tallies = scoreLayout(name, pages, 20200101)
    const all = tallies.get('all') ?? emptyTally()
    console.log(
      `layout ${name}: ${formatTally(all)}  (${String(all.articles)} articles, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    )
    for (const [source, tally] of tallies)
      if (source !== 'all') console.log(`  ${source}: ${formatTally(tally)}`)
  }
}

main()
