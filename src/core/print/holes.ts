// The last step of a sheet: a column left empty at the foot (because the module above it also
// spans a column with a story below) is given to the neighbouring module of the same height,
// which widens into it. What cannot be filled stays blank and is scored as such.
import type { PlacedModule, SheetPlan } from './layout'
import type { ArticleMetrics } from './metrics'
import { headLines } from './metrics'
import type { Grid } from './paper'
import { extendDown } from './score'
import { gapLines, jumpLines, moduleCapacity, rowsHolding } from './shape'

function coveredTo(modules: readonly PlacedModule[], column: number): number {
  return modules
    .filter((m) => m.x <= column && column < m.x + m.w)
    .reduce((bottom, m) => Math.max(bottom, m.y + m.h), 0)
}

/** A part cut here holds more once wider (its continuation shrinks); a whole story does not, so
 * the rows its text no longer needs are blank and counted as stretch. */
function widen(module: PlacedModule, x: number, w: number, m: ArticleMetrics): void {
  const held = moduleCapacity({ ...module, bodyRows: module.bodyRows - module.stretch })
  module.x = x
  module.w = w
  module.headLines = headLines(m, module.variant, w)
  const jump = module.jumpTo === null ? 0 : jumpLines
  module.bodyRows = module.h - module.headLines - gapLines - jump
  if (module.jumpTo === null) {
    module.stretch = Math.max(0, module.bodyRows - rowsHolding(module, held))
  }
}

export function fillHoles(
  sheet: SheetPlan,
  lines: number,
  columns: number,
  metrics: ReadonlyMap<string, ArticleMetrics>,
) {
  for (let column = 0; column < columns; column++) {
    const top = coveredTo(sheet.modules, column)
    if (top === 0 || top >= lines) continue
    const neighbour = sheet.modules.find(
      (m) => m.y === top && m.y + m.h === lines && (m.x + m.w === column || m.x === column + 1),
    )
    const m = neighbour === undefined ? undefined : metrics.get(neighbour.articleId)
    if (neighbour === undefined || m === undefined) continue
    if (neighbour.x + neighbour.w === column) widen(neighbour, neighbour.x, neighbour.w + 1, m)
    else widen(neighbour, column, neighbour.w + 1, m)
  }
}

/** Tiles a packed sheet: modules grow down to what is below them, holes are widened into. */
export function finishSheet(
  sheet: SheetPlan,
  grid: Grid,
  metrics: ReadonlyMap<string, ArticleMetrics>,
): void {
  extendDown(sheet, grid)
  fillHoles(sheet, grid.lines, grid.columns, metrics)
  extendDown(sheet, grid)
}
