// Renders a print job to PDF in a local Chromium (playwright-core), with the same print page
// the app prints: Chromium's `page.pdf` is the CDP Page.printToPDF that Electron's printToPDF
// uses. For the PDF tool and the tests; the app itself prints through Electron.
import { chromium } from 'playwright-core'
import type { Page } from 'playwright-core'
import type { PrintArticle } from '../core/print/article'
import type { PrintOptions } from '../shared/print-job'
import { chromiumArgs, requireChromium } from './chromium'
import { serveApp } from './serve-app'

const origin = 'http://newsroom.localhost'
const jobGlobal = '__newsroomPrintJob'

export interface PdfResult {
  pdf: Buffer
  sheets: number
  /** Articles whose text did not fit (should be none). */
  overflow: string[]
  /** Page load to pages laid out, as the page measured it. */
  readyMs: number
  /** page.pdf() alone. */
  pdfMs: number
}

/** The page's `document`, typed for the little the Node side reads of it. */
interface PageGlobals {
  document: { documentElement: { dataset: Record<string, string | undefined> } }
}

async function readReport(page: Page) {
  return page.evaluate(() => {
    const data = (globalThis as unknown as PageGlobals).document.documentElement.dataset
    return {
      sheets: Number(data.printSheets),
      overflow: (data.printOverflow ?? '').split(',').filter((id) => id !== ''),
      readyMs: Number(data.printReadyMs),
    }
  })
}

/** Waits until the print page has loaded its fonts and laid out every sheet. */
export async function waitForPrintReady(page: Page): Promise<void> {
  const ready = () =>
    (globalThis as unknown as PageGlobals).document.documentElement.dataset.printReady === 'true'
  await page.waitForFunction(ready, null, { timeout: 120_000 })
}

/** The laid-out sheets as PDF: CSS page size, backgrounds, tagged — as Electron's printToPDF. */
export function pagePdf(page: Page): Promise<Buffer> {
  return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true })
}

export async function renderPdf(
  bundleDir: string,
  job: { articles: PrintArticle[]; options: PrintOptions },
): Promise<PdfResult> {
  const browser = await chromium.launch({
    executablePath: requireChromium(),
    args: [...chromiumArgs],
  })
  try {
    const context = await browser.newContext({ locale: 'zh-CN' })
    await serveApp(context, bundleDir, origin)
    await context.addInitScript(
      ({ name, value }) => {
        ;(globalThis as Record<string, unknown>)[name] = value
      },
      { name: jobGlobal, value: job },
    )
    const page = await context.newPage()
    await page.goto(`${origin}/print/print.html`)
    await waitForPrintReady(page)
    const report = await readReport(page)
    const started = performance.now()
    const pdf = await pagePdf(page)
    return { pdf, ...report, pdfMs: performance.now() - started }
  } finally {
    await browser.close()
  }
}
