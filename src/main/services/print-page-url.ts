// Print jobs as main receives them (archived article ids and options, checked by the API's
// argument schema): the print page's URL, and a file name for Save as PDF.
import { jobHash, printPagePath } from '../../shared/print-job'
import type { ArchiveJob } from '../../shared/print-job'

/** `app://newsroom/print/print.html#job=…` for a job. */
export function printPageUrl(origin: string, job: ArchiveJob): string {
  return `${origin}${printPagePath}${jobHash(job)}`
}

function unsafeInFileName(char: string): boolean {
  return '\\/:*?"<>|'.includes(char) || char.charCodeAt(0) < 0x20
}

/** A file name for Save as PDF: the one the renderer suggests (what the file holds), else paper
 * name, date and layout; safe on every file system. */
export function suggestedPdfName(job: ArchiveJob): string {
  const { paperName, date, layout } = job.options
  const parts = [
    paperName.trim() || 'newsroom',
    date ?? '',
    layout === 'clipping' ? 'clipping' : '',
  ]
  const name = job.fileName?.trim() || parts.filter((part) => part !== '').join('-')
  const safe = name.replace(/[^]/gu, (char) => (unsafeInFileName(char) ? '_' : char))
  return `${safe.slice(0, 120).trim() || 'newsroom'}.pdf`
}
