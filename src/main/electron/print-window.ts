// Printing in Electron: a hidden, sandboxed window (no preload, no Node) opens the print page
// on app://, which reads the articles from the archive, loads the fonts, lays out the sheets
// and sets data-print-ready; then the system print dialog or printToPDF, and the window goes.
import { BrowserWindow } from 'electron'
import type { WebContents } from 'electron'
import { secureWebPreferences } from './window'

const readyTimeoutMs = 120_000
const pollMs = 100

async function waitForLayout(contents: WebContents): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs
  while (Date.now() < deadline) {
    const ready: unknown = await contents.executeJavaScript(
      "document.documentElement.dataset.printReady === 'true'",
    )
    if (ready === true) return
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  throw new Error('The print page did not finish its layout in time.')
}

async function withPrintWindow<T>(url: string, use: (contents: WebContents) => Promise<T>) {
  const window = new BrowserWindow({
    show: false,
    width: 1200,
    height: 1600,
    webPreferences: { ...secureWebPreferences },
  })
  try {
    await window.loadURL(url)
    await waitForLayout(window.webContents)
    return await use(window.webContents)
  } finally {
    window.destroy()
  }
}

/** Save as PDF: the sheets at their CSS page size, fonts embedded as TrueType, tagged. */
export function printPageToPdf(url: string): Promise<Buffer> {
  return withPrintWindow(url, (contents) =>
    contents.printToPDF({
      preferCSSPageSize: true,
      printBackground: true,
      generateTaggedPDF: true,
    }),
  )
}

export interface PrintOutcome {
  printed: boolean
  /** Electron's reason when not printed (`cancelled`, `failed`, …). */
  reason: string | null
}

/** Print: the system dialog; the page size comes from the CSS @page rule. */
export function printPageToPrinter(url: string): Promise<PrintOutcome> {
  return withPrintWindow(
    url,
    (contents) =>
      new Promise<PrintOutcome>((resolve) => {
        contents.print({ silent: false, printBackground: true }, (success, reason) => {
          resolve({ printed: success, reason: success ? null : reason })
        })
      }),
  )
}
