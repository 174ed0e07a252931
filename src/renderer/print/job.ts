// A print job as the print page receives it: from the PDF tool (articles inline, injected
// before the page loads) or from the app (article ids in the URL hash, read from the archive).
import { z } from 'zod'
import type { PrintArticle } from '../../core/print/article'
import { printOptionsSchema } from '../../core/print/options'
import type { PrintOptions } from '../../core/print/options'

/** The global the PDF tool sets with `addInitScript`. */
export const injectedJobName = '__newsroomPrintJob'

export interface InlineJob {
  articles: PrintArticle[]
  options: PrintOptions
}

export interface ArchiveJob {
  ids: string[]
  options: PrintOptions
}

const archiveJob = z
  .object({
    ids: z.array(z.string().min(1).max(200)).min(1).max(5000),
    options: printOptionsSchema,
  })
  .strict()

/** `#job=…`: the ids and options, as URL-encoded JSON. */
export function jobHash(job: ArchiveJob): string {
  return `#job=${encodeURIComponent(JSON.stringify(job))}`
}

export function archiveJobFromHash(hash: string): ArchiveJob | null {
  const match = /^#job=(.*)$/s.exec(hash)
  if (match?.[1] === undefined) return null
  try {
    const parsed = archiveJob.safeParse(JSON.parse(decodeURIComponent(match[1])))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function injectedJob(): InlineJob | null {
  const job = (globalThis as Record<string, unknown>)[injectedJobName]
  return job === undefined ? null : (job as InlineJob)
}
