// A print job of archived articles as the app hands it to the print page: ids and options in
// the URL hash of print.html (the page reads the articles from the archive itself).
import { z } from 'zod'
import { printOptionsSchema } from './options'
import type { PrintOptions } from './options'

export interface ArchiveJob {
  ids: string[]
  options: PrintOptions
}

export const archiveJobSchema = z
  .object({
    ids: z.array(z.string().min(1).max(200)).min(1).max(5000),
    options: printOptionsSchema,
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
