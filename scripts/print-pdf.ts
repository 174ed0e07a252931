// npm run --silent print:pdf -- --out FILE.pdf [--size A3|A4|4K|2K] [--layout page|clipping] FILE...
// Renders article files, through the import pipeline, to a PDF in the newspaper layout with a
// local Chromium and the app's own print page.
import { readFile, writeFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseFile } from '../src/core/import/pipeline'
import type { PrintArticle } from '../src/core/print/article'
import { defaultPrintOptions, layouts } from '../src/shared/print-job'
import type { PrintOptions } from '../src/shared/print-job'
import { paperIds } from '../src/shared/print-job'
import { printBundle } from '../src/main/services/print-page-build'
import { renderPdf } from '../src/browser-host/print-page-pdf'
import { errorDetail } from '../src/shared/system-error'

const usage =
  'usage: npm run --silent print:pdf -- --out FILE.pdf [--size A3|A4|4K|2K] [--layout page|clipping] FILE...'

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new Error(`--${name} must be one of ${allowed.join(', ')}\n${usage}`)
}

function readOptions(argv: string[]): { out: string; files: string[]; options: PrintOptions } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      size: { type: 'string', default: defaultPrintOptions.paper },
      layout: { type: 'string', default: defaultPrintOptions.layout },
    },
  })
  if (values.out === undefined || positionals.length === 0) throw new Error(usage)
  return {
    out: resolve(values.out),
    files: positionals,
    options: {
      ...defaultPrintOptions,
      paper: oneOf(values.size, paperIds, 'size'),
      layout: oneOf(values.layout, layouts, 'layout'),
    },
  }
}

async function articlesOf(files: readonly string[]): Promise<PrintArticle[]> {
  const articles: PrintArticle[] = []
  for (const [fileIndex, file] of files.entries()) {
    const parsed = parseFile({ path: file, bytes: await readFile(file) })
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error.code}`)
    parsed.articles.forEach((article, index) => {
      articles.push({ ...article, id: `${fileIndex + 1}:${basename(file)}#${index}` })
    })
  }
  return articles
}

async function main(): Promise<void> {
  const { out, files, options } = readOptions(process.argv.slice(2))
  const articles = await articlesOf(files)
  const bundle = await printBundle(resolve(__dirname, '..'))
  const result = await renderPdf(bundle, { articles, options })
  await writeFile(out, result.pdf)
  if (result.overflow.length > 0) {
    throw new Error(`Text did not fit for: ${result.overflow.join(', ')}`)
  }
  process.stdout.write(
    `${out}: ${result.sheets} pages, ${articles.length} articles ` +
      `(laid out in ${result.readyMs.toFixed(0)} ms, PDF in ${result.pdfMs.toFixed(0)} ms)\n`,
  )
}

main().catch((error: unknown) => {
  process.stderr.write(`${errorDetail(error)}\n`)
  process.exitCode = 1
})
