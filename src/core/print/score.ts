// Finishing a packed sheet (modules grow down to whatever is below them, so the page is tiled
// without holes) and scoring it: blank area, jumps, headlines side by side.
import type { Grid } from './paper'
import type { PlacedModule, PlanScore, SheetPlan } from './layout'

export const penalties = { continuation: 60, bumpingHeads: 25, hole: 2 } as const

/** Grows every module down to the module below it or the foot of the sheet. */
export function extendDown(sheet: SheetPlan, grid: Grid): void {
  for (const module of sheet.modules) {
    const extra = Math.max(0, floorBelow(sheet.modules, module, grid.lines) - (module.y + module.h))
    module.h += extra
    module.bodyRows += extra
    module.stretch += extra
  }
}

/**
 * Lines a photo is cropped taller by (object-fit: cover) to take up stretch: at most its own
 * height again, or 1.5× for a photo story. The archive holds no pictures, so a photo is a
 * marked placeholder; letting it swallow half a page reads as an error, not as make-up.
 */
function photoGrowth(module: PlacedModule, story: boolean): number {
  if (module.photo === null) return 0
  const limit = story ? Math.round(module.photo.lines / 2) : module.photo.lines
  return Math.min(module.stretch, limit)
}

/** Blank line-columns of a finished sheet: stretch not taken by photos, and uncovered area. */
export function sheetBlank(sheet: SheetPlan, grid: Grid, photoStories: ReadonlySet<string>) {
  let blank = 0
  let covered = 0
  for (const module of sheet.modules) {
    const photo = photoGrowth(module, photoStories.has(module.articleId))
    blank += module.stretch * module.w - photo * (module.photo?.span ?? 0)
    covered += module.w * module.h
  }
  return blank + penalties.hole * (grid.columns * grid.lines - covered)
}

export function growPhotos(sheet: SheetPlan, photoStories: ReadonlySet<string>): void {
  for (const module of sheet.modules) {
    const grow = photoGrowth(module, photoStories.has(module.articleId))
    if (module.photo !== null) module.photo.lines += grow
  }
}

function floorBelow(modules: readonly PlacedModule[], module: PlacedModule, lines: number) {
  let floor = lines
  for (const other of modules) {
    const overlaps = other.x < module.x + module.w && module.x < other.x + other.w
    if (overlaps && other.y >= module.y + module.h) floor = Math.min(floor, other.y)
  }
  return floor
}

/** Headlines set next to each other read as one ("bumping heads"). */
export function bumpingHeads(modules: readonly PlacedModule[]): number {
  let count = 0
  for (const a of modules) {
    for (const b of modules) {
      if (a.x + a.w !== b.x || a.headLines === 0 || b.headLines === 0) continue
      if (a.y < b.y + b.headLines && b.y < a.y + a.headLines) count++
    }
  }
  return count
}

export function scoreSheets(sheets: readonly SheetPlan[], blank: number): PlanScore {
  const modules = sheets.flatMap((sheet) => sheet.modules)
  const continuations = modules.filter((module) => module.part > 0).length
  const bumps = sheets.reduce((sum, sheet) => sum + bumpingHeads(sheet.modules), 0)
  return {
    total: blank + continuations * penalties.continuation + bumps * penalties.bumpingHeads,
    blank,
    continuations,
    bumpingHeads: bumps,
  }
}
