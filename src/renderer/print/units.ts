// CSS lengths for grid positions: columns in em of body type, lines in points.
import type { Grid } from '../../core/print/paper'
import { spanEm } from '../../core/print/paper'

export const pxPerPt = 96 / 72

export function pt(value: number): string {
  return `${Math.round(value * 1000) / 1000}pt`
}

export function linesPt(grid: Grid, lines: number): string {
  return pt(lines * grid.pitchPt)
}

export function columnLeftPt(grid: Grid, column: number): string {
  return pt(column * (grid.columnChars + 1) * grid.bodyPt)
}

export function spanPt(grid: Grid, span: number): string {
  return pt(spanEm(grid, span) * grid.bodyPt)
}

/** Custom properties the print CSS reads. */
export function gridVars(grid: Grid): Record<string, string> {
  return { '--body': pt(grid.bodyPt), '--pitch': pt(grid.pitchPt) }
}
