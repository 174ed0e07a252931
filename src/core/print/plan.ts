// Page make-up: the lead article largest at the top, the rest packed by importance on a skyline,
// then a short annealing search over order and widths; and the clipping-sheet plan (剪报).
import { anneal } from './anneal'
import type { HeadFace, PagePlan, PlacedModule, SheetPlan } from './layout'
import type { ArticleMetrics } from './metrics'
import { headLines } from './metrics'
import { pack } from './pack'
import type { PackState } from './pack'
import type { Grid } from './paper'
import { seededRandom } from '../../shared/random'
import { growPhotos, scoreSheets, sheetBlank } from './score'
import { capacity, gapLines, photoLines, photoSpan, rowsFor } from './shape'

export interface PlanOptions {
  seed?: number
  /** Annealing steps; 0 keeps the greedy result. */
  iterations?: number
}

/** Weight of keeping important articles high on early sheets, per line of drift. */
const importanceWeight = 0.3

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
}

export function widthChoices(m: ArticleMetrics, grid: Grid, lead: boolean): number[] {
  const cols = grid.columns
  if (lead) return range(Math.ceil(cols / 2), cols)
  const widest = Math.min(cols, 4)
  const fitting = range(m.photoStory && cols >= 4 ? 2 : 1, widest).filter(
    (w) => w === 1 || rowsFor(m, w, m.bodyLines, true) >= 5,
  )
  return fitting.length > 0 ? fitting : [1]
}

function initialWidth(m: ArticleMetrics, grid: Grid, lead: boolean): number {
  const choices = widthChoices(m, grid, lead)
  const target = lead ? 8 : grid.lines / 3
  const cost = (w: number) => {
    const rows = rowsFor(m, w, m.bodyLines, true)
    return lead ? (rows >= target ? -w : rows) : Math.abs(rows - target)
  }
  return choices.reduce((best, w) => (cost(w) < cost(best) ? w : best), choices[0] ?? 1)
}

interface Packed {
  sheets: SheetPlan[]
  blank: number
  stories: ReadonlySet<string>
}

function packAndFinish(state: PackState, metrics: readonly ArticleMetrics[], grid: Grid): Packed {
  const sheets = pack(state, metrics, grid)
  const stories = new Set(metrics.filter((m) => m.photoStory).map((m) => m.id))
  const blank = sheets.reduce((sum, sheet) => sum + sheetBlank(sheet, grid, stories), 0)
  return { sheets, blank, stories }
}

function importanceDrift(sheets: readonly SheetPlan[], order: readonly string[], grid: Grid) {
  const position = new Map<string, number>()
  for (const module of sheets.flatMap((sheet) => sheet.modules)) {
    if (module.part === 0) position.set(module.articleId, module.sheet * grid.lines + module.y)
  }
  return order.reduce((sum, id, rank) => sum + (position.get(id) ?? 0) / (1 + rank), 0)
}

/** Alternates 标宋 and 黑体 headlines so neighbouring stories do not look alike. */
function assignFaces(sheets: readonly SheetPlan[]): void {
  for (const sheet of sheets) {
    sheet.modules.forEach((module, index) => {
      const face: HeadFace = module.variant === 'continued' || index % 2 === 1 ? 'hei' : 'song'
      module.headFace = module.variant === 'lead' ? 'song' : face
    })
  }
}

/** Plans newspaper pages for articles in importance order (the first is the lead). */
export function planPages(
  metrics: readonly ArticleMetrics[],
  grid: Grid,
  options: PlanOptions = {},
): PagePlan {
  if (metrics.length === 0) return { layout: 'page', sheets: [], score: scoreSheets([], 0) }
  const order = metrics.map((m) => m.id)
  const initial: PackState = metrics.map((m, article) => ({
    article,
    width: initialWidth(m, grid, article === 0),
  }))
  const cost = (state: PackState) => {
    const packed = packAndFinish(state, metrics, grid)
    const score = scoreSheets(packed.sheets, packed.blank)
    return score.total + importanceWeight * importanceDrift(packed.sheets, order, grid)
  }
  const best = anneal(initial, {
    iterations: options.iterations ?? Math.min(600, 150 + 25 * metrics.length),
    random: seededRandom(options.seed ?? 20241021),
    widths: (article, lead) => {
      const m = metrics[article]
      return m === undefined ? [1] : widthChoices(m, grid, lead)
    },
    evaluate: cost,
  })
  const packed = packAndFinish(best, metrics, grid)
  for (const sheet of packed.sheets) growPhotos(sheet, packed.stories)
  assignFaces(packed.sheets)
  return { layout: 'page', sheets: packed.sheets, score: scoreSheets(packed.sheets, packed.blank) }
}

/** Clipping sheets (剪报): each article on sheets of its own, across the full type width. */
export function planClippings(metrics: readonly ArticleMetrics[], grid: Grid): PagePlan {
  const sheets: SheetPlan[] = []
  for (const m of metrics) {
    let previous: PlacedModule | null = null
    let remaining = m.bodyLines
    for (let part = 0; part === 0 || remaining > 0; part++) {
      const module = clippingPart(m, grid, part, remaining, sheets.length)
      if (previous !== null) previous.jumpTo = module.sheet
      module.jumpFrom = previous?.sheet ?? null
      remaining -= capacity(m, module.w, module.bodyRows, part === 0)
      sheets.push({ index: module.sheet, modules: [module] })
      previous = module
    }
  }
  return { layout: 'clipping', sheets, score: scoreSheets(sheets, 0) }
}

function clippingPart(
  m: ArticleMetrics,
  grid: Grid,
  part: number,
  bodyLines: number,
  sheet: number,
): PlacedModule {
  const w = grid.columns
  const variant = part === 0 ? 'lead' : 'none'
  const head = headLines(m, variant, w)
  const room = grid.lines - head - gapLines
  const rows = Math.min(room, rowsFor(m, w, bodyLines, part === 0))
  const span = part === 0 ? photoSpan(m, w) : 0
  return {
    articleId: m.id,
    sheet,
    x: 0,
    y: 0,
    w,
    h: head + rows + gapLines,
    variant,
    headFace: 'song',
    headLines: head,
    bodyRows: rows,
    stretch: 0,
    photo: span > 0 ? { span, lines: photoLines(m, w) } : null,
    part,
    jumpTo: null,
    jumpFrom: null,
  }
}
