// Paper sizes and the column grid of a printed page. Everything the layout measures is in
// whole characters (em of body type) across and whole lines down, as on a newspaper page.
import { bodySizes } from '../../shared/print-job'
import type { BodySize, PaperId } from '../../shared/print-job'

export interface Paper {
  id: PaperId
  widthMm: number
  heightMm: number
  /** Basic columns of the grid (8栏 on a broadsheet, 6 on a tabloid or A3, 4 on A4). */
  columns: number
}

export const papers: Readonly<Record<PaperId, Paper>> = {
  A3: { id: 'A3', widthMm: 297, heightMm: 420, columns: 6 },
  A4: { id: 'A4', widthMm: 210, heightMm: 297, columns: 4 },
  '4K': { id: '4K', widthMm: 270, heightMm: 390, columns: 6 },
  '2K': { id: '2K', widthMm: 390, heightMm: 540, columns: 8 },
}

export const mmPerPt = 25.4 / 72

/** Line pitch as a multiple of the body size (五号 10.5 pt on 15.75 pt, as in the prototype). */
export const leading = 1.5

/** Fixed vertical bands of every sheet, in mm; the CSS uses the same numbers. */
export const bands = { top: 10, masthead: 17, afterMasthead: 3, footer: 6, bottom: 8 } as const

export interface Grid {
  paper: Paper
  bodyPt: number
  pitchPt: number
  columns: number
  /** Characters per column; the gutter between columns is one character. */
  columnChars: number
  /** Left and right margin, centring the type area on the sheet. */
  sideMm: number
  /** Whole lines of the body area below the masthead. */
  lines: number
}

/** Widest column count allowed for a paper: columns narrower than 8 characters do not set. */
export function maxColumns(paper: Paper, bodySize: BodySize): number {
  const em = bodySizes[bodySize] * mmPerPt
  return Math.max(1, Math.floor((typeWidthEm(paper, em) + 1) / 9))
}

function typeWidthEm(paper: Paper, emMm: number): number {
  const minSide = Math.max(12, paper.widthMm * 0.045)
  return (paper.widthMm - 2 * minSide) / emMm
}

export function gridFor(paperId: PaperId, bodySize: BodySize, columns?: number | null): Grid {
  const paper = papers[paperId]
  const bodyPt = bodySizes[bodySize]
  const emMm = bodyPt * mmPerPt
  const cols = clampColumns(columns ?? paper.columns, maxColumns(paper, bodySize))
  const columnChars = Math.floor((typeWidthEm(paper, emMm) + 1) / cols) - 1
  const widthEm = cols * columnChars + cols - 1
  const pitchPt = bodyPt * leading
  const bodyMm =
    paper.heightMm - bands.top - bands.masthead - bands.afterMasthead - bands.footer - bands.bottom
  return {
    paper,
    bodyPt,
    pitchPt,
    columns: cols,
    columnChars,
    sideMm: (paper.widthMm - widthEm * emMm) / 2,
    lines: Math.floor(bodyMm / (pitchPt * mmPerPt)),
  }
}

function clampColumns(columns: number, max: number): number {
  return Math.min(max, Math.max(1, Math.round(columns)))
}

/** Width in em of a measure spanning `span` grid columns (gutters included). */
export function spanEm(grid: Grid, span: number): number {
  return span * grid.columnChars + (span - 1)
}
