// What the user chooses for a print job, with the run-time check main applies to it.
import { z } from 'zod'
import { bodySizes, paperIds } from './paper'
import type { BodySize, PaperId } from './paper'

export const layouts = ['page', 'clipping'] as const
export type PrintLayout = (typeof layouts)[number]

export interface PrintOptions {
  paper: PaperId
  layout: PrintLayout
  /** Grid columns; null: the paper's own grid. */
  columns: number | null
  bodySize: BodySize
  /** Paper name for the masthead; empty: the articles' own paper. */
  paperName: string
  /** ISO date for the masthead; null: the first article's date. */
  date: string | null
  /** 版次 of the first sheet. */
  firstPage: number
}

export const defaultPrintOptions: PrintOptions = {
  paper: 'A3',
  layout: 'page',
  columns: null,
  bodySize: 'xiaowu',
  paperName: '',
  date: null,
  firstPage: 1,
}

const bodySizeIds = Object.keys(bodySizes) as [BodySize, ...BodySize[]]

export const printOptionsSchema = z
  .object({
    paper: z.enum(paperIds),
    layout: z.enum(layouts),
    columns: z.number().int().min(1).max(12).nullable(),
    bodySize: z.enum(bodySizeIds),
    paperName: z.string().max(60),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    firstPage: z.number().int().min(1).max(999),
  })
  .strict() satisfies z.ZodType<PrintOptions>
