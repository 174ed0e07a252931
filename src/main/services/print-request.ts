// What the renderer asks main to print, checked before anything is opened: archived article
// ids and the print options. Main turns it into the print page's URL.
import { z } from 'zod'
import { jobHash, printPagePath } from '../../core/print/job'
import { printOptionsSchema } from '../../core/print/options'
import type { PrintOptions } from '../../core/print/options'

export interface PrintRequest {
  articleIds: string[]
  options: PrintOptions
}

export const printRequestSchema = z
  .object({
    articleIds: z.array(z.string().min(1).max(200)).min(1).max(5000),
    options: printOptionsSchema,
  })
  .strict() satisfies z.ZodType<PrintRequest>

/** `app://newsroom/print/print.html#job=…` for a request. */
export function printPageUrl(origin: string, request: PrintRequest): string {
  return `${origin}${printPagePath}${jobHash({ ids: request.articleIds, options: request.options })}`
}

function unsafeInFileName(char: string): boolean {
  return '\\/:*?"<>|'.includes(char) || char.charCodeAt(0) < 0x20
}

/** A file name for Save as PDF: paper name, date and layout, safe on every file system. */
export function suggestedPdfName(request: PrintRequest): string {
  const { paperName, date, layout } = request.options
  const parts = [
    paperName.trim() || 'newsroom',
    date ?? '',
    layout === 'clipping' ? 'clipping' : '',
  ]
  const name = parts.filter((part) => part !== '').join('-')
  const safe = name.replace(/[^]/gu, (char) => (unsafeInFileName(char) ? '_' : char))
  return `${safe.slice(0, 120)}.pdf`
}
