// Greedy skyline packing: articles in importance order fill sheet after sheet; an article that
// no longer fits is cut into a part here and a continuation on the next sheet （下转/上接）.
// Each sheet is finished (holes filled, modules grown) before the next one starts, so that a
// continuation carries what its finished part really leaves: a part widened into a hole holds
// more, and its continuation must not be sized for the narrower part (a blank block under it).
import type { Grid } from './paper'
import type { ArticleMetrics, HeadVariant } from './metrics'
import { headLines } from './metrics'
import type { PlacedModule, SheetPlan } from './layout'
import { finishSheet } from './holes'
import {
  capacity,
  gapLines,
  jumpLines,
  moduleCapacity,
  photoLines,
  photoSpan,
  rowsFor,
} from './shape'
import { bestSlot, raise } from './skyline'

export interface Choice {
  article: number
  width: number
}

/** Importance order: the first choice is the lead. */
export type PackState = readonly Choice[]

interface Pending {
  choice: Choice
  /** Body lines still to set; the full body for an article not started. */
  bodyLines: number
  part: number
  previous: PlacedModule | null
  /** Body lines owed when the previous part was cut (0 for an article not started). */
  owed: number
}

/** A part shorter than this many body rows is not worth a jump: move to the next sheet. */
const minPartRows = 6

export function pack(state: PackState, metrics: readonly ArticleMetrics[], grid: Grid) {
  const sheets: SheetPlan[] = []
  let continued: Pending[] = []
  let queue: Pending[] = state.map((choice) => ({
    choice,
    bodyLines: metricsOf(metrics, choice).bodyLines,
    part: 0,
    previous: null,
    owed: 0,
  }))
  const byId = new Map(metrics.map((m) => [m.id, m]))
  while (continued.length > 0 || queue.length > 0) {
    const sheet = new SheetFiller(sheets.length, grid, metrics)
    continued = sheet.fill(continued)
    queue = sheet.fill(queue)
    sheet.forceProgress(queue, continued)
    const finished: SheetPlan = { index: sheet.index, modules: sheet.modules }
    finishSheet(finished, grid, byId)
    continued = [...continued, ...sheet.carried.flatMap(rest)]
    sheets.push(finished)
  }
  return sheets
}

/** What a finished part leaves for its continuation; nothing if widening made room for it all. */
function rest(item: Pending): Pending[] {
  const part = item.previous
  if (part === null) return [item]
  const bodyLines = item.owed - moduleCapacity(part)
  if (bodyLines > 0) return [{ ...item, bodyLines }]
  part.jumpTo = null
  part.bodyRows += jumpLines
  part.stretch += Math.floor(-bodyLines / part.w) + jumpLines
  return []
}

function metricsOf(metrics: readonly ArticleMetrics[], choice: Choice): ArticleMetrics {
  const found = metrics[choice.article]
  if (found === undefined) throw new Error(`No metrics for article ${choice.article}`)
  return found
}

class SheetFiller {
  readonly modules: PlacedModule[] = []
  readonly carried: Pending[] = []
  private readonly skyline: number[]
  /** The module whose foot is the skyline of each column (null: the sheet's top). */
  private readonly owners: (PlacedModule | null)[]

  constructor(
    readonly index: number,
    private readonly grid: Grid,
    private readonly metrics: readonly ArticleMetrics[],
  ) {
    this.skyline = new Array<number>(grid.columns).fill(0)
    this.owners = new Array<PlacedModule | null>(grid.columns).fill(null)
  }

  private slot(width: number) {
    return bestSlot(this.skyline, width, this.grid.lines, (x, top) =>
      this.lowOwners(x, width, top).every((owner) => owner !== null && this.isFloor(owner)),
    )
  }

  private lowOwners(x: number, width: number, top: number): (PlacedModule | null)[] {
    const owners = new Set<PlacedModule | null>()
    for (let column = x; column < x + width; column++) {
      if ((this.skyline[column] ?? 0) < top) owners.add(this.owners[column] ?? null)
    }
    return [...owners]
  }

  /** Nothing has been placed under the module in any of its columns. */
  private isFloor(module: PlacedModule): boolean {
    for (let column = module.x; column < module.x + module.w; column++) {
      if (this.owners[column] !== module) return false
    }
    return true
  }

  /** Stretches the modules above an uneven slot down to its top. */
  private level(x: number, width: number, top: number): void {
    for (const owner of this.lowOwners(x, width, top)) {
      if (owner === null) continue
      const extra = top - (owner.y + owner.h)
      owner.h += extra
      owner.bodyRows += extra
      owner.stretch += extra
      raise(this.skyline, owner.x, owner.w, top)
    }
  }

  /** Places what fits; the first item that does not fit may be cut. Returns the rest. */
  fill(items: readonly Pending[]): Pending[] {
    const rest: Pending[] = []
    for (const item of items) {
      if (this.placeWhole(item)) continue
      if (rest.length === 0 && this.placePart(item)) continue
      rest.push(item)
    }
    return rest
  }

  /** An empty sheet must take something, or packing would never end. */
  forceProgress(queue: Pending[], continued: Pending[]): void {
    if (this.modules.length > 0) return
    const item = continued.shift() ?? queue.shift()
    if (item !== undefined && !this.placePart(item, 1)) this.placeWhole(item, true)
  }

  private variant(item: Pending): HeadVariant {
    if (item.part > 0) return 'continued'
    return this.index === 0 && this.modules.length === 0 ? 'lead' : 'normal'
  }

  /** `clip`: a module taller than the sheet is cut to it (a pathological photo caption). */
  private placeWhole(item: Pending, clip = false): boolean {
    const m = metricsOf(this.metrics, item.choice)
    const w = Math.min(item.choice.width, this.grid.columns)
    const variant = this.variant(item)
    const head = headLines(m, variant, w)
    const slot = this.slot(w)
    if (slot === null) return false
    let rows = rowsFor(m, w, item.bodyLines, item.part === 0)
    if (clip) rows = Math.min(rows, this.grid.lines - slot.top - head - gapLines)
    const height = head + rows + gapLines
    if (slot.top + height > this.grid.lines) return false
    this.add(item, { x: slot.x, y: slot.top, w, h: height, variant, head, rows })
    return true
  }

  private placePart(item: Pending, minRows = minPartRows): boolean {
    const m = metricsOf(this.metrics, item.choice)
    const w = Math.min(item.choice.width, this.grid.columns)
    const variant = this.variant(item)
    const head = headLines(m, variant, w)
    const slot = this.slot(w)
    if (slot === null || m.bodyLines === 0) return false
    const withPhoto = item.part === 0
    const rows = this.grid.lines - slot.top - head - jumpLines - gapLines
    if (rows < Math.max(minRows, withPhoto ? photoLines(m, w) + 2 : 0)) return false
    const fits = capacity(m, w, rows, withPhoto)
    if (fits <= 0) return false
    const placed = this.add(item, {
      x: slot.x,
      y: slot.top,
      w,
      h: this.grid.lines - slot.top,
      variant,
      head,
      rows,
    })
    // Where it goes on is known once the next sheets are packed; until then it is cut here.
    placed.jumpTo = this.index + 1
    this.carried.push({
      choice: item.choice,
      bodyLines: item.bodyLines - fits,
      part: item.part + 1,
      previous: placed,
      owed: item.bodyLines,
    })
    return true
  }

  private add(
    item: Pending,
    box: {
      x: number
      y: number
      w: number
      h: number
      variant: HeadVariant
      head: number
      rows: number
    },
  ): PlacedModule {
    const m = metricsOf(this.metrics, item.choice)
    const span = item.part === 0 ? photoSpan(m, box.w) : 0
    const module: PlacedModule = {
      articleId: m.id,
      sheet: this.index,
      x: box.x,
      y: box.y,
      w: box.w,
      h: box.h,
      variant: box.variant,
      headFace: 'song',
      headLines: box.head,
      bodyRows: box.rows,
      stretch: 0,
      photo: span > 0 ? { span, lines: photoLines(m, box.w) } : null,
      part: item.part,
      jumpTo: null,
      jumpFrom: item.previous?.sheet ?? null,
    }
    if (item.previous !== null) item.previous.jumpTo = this.index
    this.level(box.x, box.w, box.y)
    this.modules.push(module)
    raise(this.skyline, box.x, box.w, box.y + box.h)
    for (let column = box.x; column < box.x + box.w; column++) this.owners[column] = module
    return module
  }
}
