// A print job as the print page receives it: from the PDF tool (articles inline, injected
// before the page loads) or from the app (article ids in the URL hash, see shared/print-job.ts).
import type { PrintArticle } from '../../core/print/article'
import type { PrintOptions } from '../../shared/print-job'

/** The global the PDF tool sets with `addInitScript`. */
export const injectedJobName = '__newsroomPrintJob'

export interface InlineJob {
  articles: PrintArticle[]
  options: PrintOptions
}

export function injectedJob(): InlineJob | null {
  const job = (globalThis as Record<string, unknown>)[injectedJobName]
  return job === undefined ? null : (job as InlineJob)
}
