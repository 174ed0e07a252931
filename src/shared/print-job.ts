// A print job as every process sees it: what the user may choose (paper, layout, columns, body
// size, masthead) and the job the app hands to the print page — ids and options in the URL hash
// of print.html, checked on the way in. The paper sizes and grids behind the ids live in
// core/print/paper.ts.
import { z } from 'zod'
import { isoDatePattern } from './dates'

export const paperIds = ['A3', 'A4', '4K', '2K'] as const
export type PaperId = (typeof paperIds)[number]

/** Body sizes by their Chinese names: 五号 10.5 pt and 小五 9 pt. */
export const bodySizes = { wuhao: 10.5, xiaowu: 9 } as const
export type BodySize = keyof typeof bodySizes

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
  /** Clipping sheets: each article's notes printed after its text. */
  notes: boolean
}

export const defaultPrintOptions: PrintOptions = {
  paper: 'A3',
  layout: 'page',
  columns: null,
  bodySize: 'xiaowu',
  paperName: '',
  date: null,
  firstPage: 1,
  notes: false,
}

const bodySizeIds = Object.keys(bodySizes) as [BodySize, ...BodySize[]]

export const printOptionsSchema = z
  .object({
    paper: z.enum(paperIds),
    layout: z.enum(layouts),
    columns: z.number().int().min(1).max(12).nullable(),
    bodySize: z.enum(bodySizeIds),
    paperName: z.string().max(60),
    date: z.string().regex(isoDatePattern).nullable(),
    firstPage: z.number().int().min(1).max(999),
    notes: z.boolean(),
  })
  .strict() satisfies z.ZodType<PrintOptions>

export interface ArchiveJob {
  ids: string[]
  options: PrintOptions
  /** What Save as PDF suggests, without `.pdf` (the renderer knows the articles; main only
   * makes it safe for the file system). */
  fileName?: string
}

export const archiveJobSchema = z
  .object({
    ids: z.array(z.string().min(1).max(200)).min(1).max(5000),
    options: printOptionsSchema,
    fileName: z.string().max(200).optional(),
  })
  .strict() satisfies z.ZodType<ArchiveJob>

/** Path of the print page inside the built renderer. */
export const printPagePath = '/print/print.html'

/** `#job=…`: the ids and options, as URL-encoded JSON. */
export function jobHash(job: ArchiveJob): string {
  return `#job=${encodeURIComponent(JSON.stringify(job))}`
}

export function archiveJobFromHash(hash: string): ArchiveJob | null {
  const match = /^#job=(.*)$/s.exec(hash)
  if (match?.[1] === undefined) return null
  try {
    const parsed = archiveJobSchema.safeParse(JSON.parse(decodeURIComponent(match[1])))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
