// The print page (print.html): renders one job with the print component, then marks the
// document ready (`data-print-ready`) for whoever prints it: the Electron print window or the
// PDF tool. It needs no preload: the archive is read from IndexedDB on the same origin.
import { createRoot } from 'react-dom/client'
import type { PrintArticle } from '../../core/print/article'
import { openArchiveDatabase } from '../db/database'
import { archiveJobFromHash } from '../../shared/print-job'
import { injectedJob } from './page-job'
import type { InlineJob } from './page-job'
import { PrintDocument } from './PrintDocument'
import type { PrintReport } from './PrintDocument'

async function loadJob(): Promise<InlineJob | null> {
  const inline = injectedJob()
  if (inline !== null) return inline
  const job = archiveJobFromHash(location.hash)
  if (job === null) return null
  const database = openArchiveDatabase()
  const found = await database.articles.bulkGet(job.ids)
  const articles: PrintArticle[] = found.filter((article) => article !== undefined)
  database.close()
  return { articles, options: job.options }
}

function markReady(report: PrintReport): void {
  const root = document.documentElement
  root.dataset.printSheets = String(report.sheets)
  root.dataset.printOverflow = report.overflow.join(',')
  root.dataset.printReadyMs = report.readyMs.toFixed(0)
  root.dataset.printReady = 'true'
}

async function start(): Promise<void> {
  const element = document.getElementById('print-root')
  if (element === null) throw new Error('The print page has no #print-root element.')
  const job = await loadJob()
  if (job === null || job.articles.length === 0) {
    markReady({ sheets: 0, overflow: [], readyMs: 0 })
    return
  }
  createRoot(element).render(
    <PrintDocument articles={job.articles} options={job.options} onReady={markReady} />,
  )
}

void start()
