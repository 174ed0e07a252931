// The PDF tool end to end: article files through the import pipeline, laid out by the print
// page in a real Chromium, printed with page.pdf (the engine behind Electron's printToPDF), and
// checked with poppler: page size, fonts (no Type 3), and every character of every article.
import { describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { parseFile } from '../../src/core/import/pipeline'
import { papers } from '../../src/core/print/paper'
import type { PaperId } from '../../src/shared/print-job'

const run = promisify(execFile)
const root = resolve(import.meta.dirname, '../..')
const fixture = resolve(root, '../shared/fixtures/pages/gaoxinqu-page.txt')
const screenshots = join(root, 'test-results', 'print')

async function printPdf(args: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-print-'))
  const out = join(dir, 'out.pdf')
  const tsx = join(root, 'node_modules', '.bin', 'tsx')
  await run(tsx, ['scripts/print-pdf.ts', '--out', out, ...args], { cwd: root, timeout: 240_000 })
  return out
}

async function poppler(tool: string, args: string[]): Promise<string> {
  return (await run(tool, args, { maxBuffer: 64 * 1024 * 1024 })).stdout
}

function pageSizes(info: string): { width: number; height: number; pages: number } {
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)
  const pages = /Pages:\s+(\d+)/.exec(info)
  return { width: Number(size?.[1]), height: Number(size?.[2]), pages: Number(pages?.[1]) }
}

const squeeze = (text: string) => text.replace(/[\s\u200B]/g, '')

/** Finds `needle` at or after `from` in at most `maxPieces` contiguous runs; end or -1. */
function findInPieces(haystack: string, needle: string, from: number, maxPieces: number): number {
  let position = from
  let rest = needle
  for (let pieces = 0; rest !== ''; pieces++) {
    if (pieces === maxPieces) return -1
    let low = 1
    let high = rest.length
    if (!haystack.includes(rest.slice(0, 1), position)) return -1
    while (low < high) {
      const mid = Math.ceil((low + high) / 2)
      if (haystack.includes(rest.slice(0, mid), position)) low = mid
      else high = mid - 1
    }
    position = haystack.indexOf(rest.slice(0, low), position) + low
    rest = rest.slice(low)
  }
  return position
}

async function fixtureTexts(): Promise<string[][]> {
  const parsed = parseFile({ path: fixture, bytes: await readFile(fixture) })
  if (!parsed.ok) throw new Error('The fixture did not parse.')
  return parsed.articles.map((article) =>
    [article.title ?? '', article.byline ?? '', ...article.blocks.map((block) => block.text)]
      .map(squeeze)
      .filter((text) => text !== ''),
  )
}

async function expectPdf(pdf: string, paper: PaperId, name: string) {
  const info = pageSizes(await poppler('pdfinfo', [pdf]))
  // Chromium sizes PDF pages in whole CSS pixels: exact to within one pixel (0.75 pt).
  expect(Math.abs(info.width - (papers[paper].widthMm * 72) / 25.4)).toBeLessThan(0.75)
  expect(Math.abs(info.height - (papers[paper].heightMm * 72) / 25.4)).toBeLessThan(0.75)
  const fonts = await poppler('pdffonts', [pdf])
  expect(fonts).not.toMatch(/Type 3/)
  expect(fonts).toMatch(/NotoSerifSC.*CID TrueType/)
  expect(fonts).toMatch(/LXGWWenKai.*CID TrueType/)
  const text = squeeze(await poppler('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']))
  for (const article of await fixtureTexts()) {
    let position = 0
    for (const block of article) {
      position = findInPieces(text, block, position, 4)
      expect(position, `not in the PDF in order: ${block.slice(0, 20)}…`).toBeGreaterThan(-1)
    }
  }
  await mkdir(screenshots, { recursive: true })
  await poppler('pdftoppm', ['-r', '60', '-png', pdf, join(screenshots, name)])
  return info
}

describe('print:pdf', () => {
  it('prints the fixture page as an A3 newspaper page', async () => {
    const info = await expectPdf(await printPdf([fixture]), 'A3', 'pdf-a3-page')
    expect(info.pages).toBeGreaterThan(0)
  })

  it('prints clipping sheets on A4, one article per sheet at least', async () => {
    const pdf = await printPdf(['--size', 'A4', '--layout', 'clipping', fixture])
    const info = await expectPdf(pdf, 'A4', 'pdf-a4-clipping')
    expect(info.pages).toBeGreaterThanOrEqual((await fixtureTexts()).length)
  })

  it('refuses an unknown paper size', async () => {
    await expect(printPdf(['--size', 'B5', fixture])).rejects.toThrow(/--size must be one of/)
  })
})
