// The result of page make-up: sheets of rectangular article modules on the grid.
import type { HeadVariant } from './metrics'

export type HeadFace = 'song' | 'hei'

export interface PlacedModule {
  articleId: string
  /** 0-based sheet index. */
  sheet: number
  /** Grid column and body line of the top-left corner; width in columns, height in lines. */
  x: number
  y: number
  w: number
  h: number
  variant: HeadVariant
  headFace: HeadFace
  headLines: number
  /** Rows of the body area: text frames and the photo. */
  bodyRows: number
  /** Lines the module was stretched by so the sheet is tiled without holes (blank space). */
  stretch: number
  photo: { span: number; lines: number } | null
  /** 0 for the first part of an article, 1 for its first continuation, … */
  part: number
  /** Sheet index the article continues on （下转）, or null. */
  jumpTo: number | null
  /** Sheet index the article comes from （上接）, or null. */
  jumpFrom: number | null
}

export interface SheetPlan {
  index: number
  modules: PlacedModule[]
}

export interface PagePlan {
  layout: 'page' | 'clipping'
  sheets: SheetPlan[]
  /** How the plan scored (lower is better): blank line-columns, jumps, bumping heads. */
  score: PlanScore
}

export interface PlanScore {
  total: number
  blank: number
  continuations: number
  bumpingHeads: number
}
