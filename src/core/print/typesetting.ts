// Type sizes of the head block and the body grid of a module: pure numbers the print
// components and the measurement share, so what is measured is what is printed.
import type { PlacedModule } from './layout'
import type { HeadVariant } from './metrics'
import type { Grid } from './paper'
import { spanEm } from './paper'

export interface HeadSizes {
  kicker: number
  headline: number
  subtitle: number
}

/** Point sizes: 小初 36 for the lead on a wide page, 一号 26 … 四号 14 as modules narrow. */
export function headSizes(variant: HeadVariant, width: number, grid: Grid): HeadSizes {
  const body = grid.bodyPt
  if (variant === 'lead') {
    const headline = width >= 6 ? 36 : width >= 4 ? 28 : 22
    return { kicker: 15, headline, subtitle: 13 }
  }
  if (variant === 'continued' || variant === 'none') {
    return { kicker: body, headline: Math.max(12, body * 1.25), subtitle: body }
  }
  const headline = width >= 4 ? 26 : width === 3 ? 22 : width === 2 ? 18 : 14
  return { kicker: Math.max(body, headline * 0.55), headline, subtitle: Math.max(body, 11) }
}

/** Lines of a photo's picture at `span` columns, about 5:3 landscape. */
export function pictureLines(grid: Grid, span: number): number {
  const widthPt = spanEm(grid, span) * grid.bodyPt
  return Math.max(4, Math.round((widthPt * 0.6) / grid.pitchPt))
}

export interface FrameCell {
  /** 0-based column inside the module. */
  column: number
  /** 1-based first grid row. */
  row: number
  rows: number
}

/** The text frames of a module's body, left to right: photo columns start under the photo. */
export function bodyFrames(module: Pick<PlacedModule, 'w' | 'bodyRows' | 'photo'>): FrameCell[] {
  const photo = module.photo
  const frames: FrameCell[] = []
  for (let column = 0; column < module.w; column++) {
    const underPhoto = photo !== null && column >= module.w - photo.span
    const top = underPhoto ? photo.lines : 0
    if (module.bodyRows - top > 0)
      frames.push({ column, row: top + 1, rows: module.bodyRows - top })
  }
  return frames
}
