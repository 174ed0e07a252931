import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import type { PrintArticle } from '../../core/print/article'
import { defaultPrintOptions } from '../../shared/print-job'
import type { PrintOptions } from '../../shared/print-job'
import { papers } from '../../core/print/paper'
import { cleanup, render } from '../testing/render'
import { PrintDocument } from './PrintDocument'
import type { PrintReport } from './PrintDocument'
import { gridFor } from '../../core/print/paper'
import { pxPerPt } from './units'
import {
  blankUnderText,
  documentViolations,
  overflowingBoxes,
  pouredText,
} from './testing/layout-checks'
import { sampleArticle, sampleSelection } from './testing/sample-articles'

afterEach(cleanup)

async function layOut(articles: readonly PrintArticle[], options: PrintOptions) {
  let ready: (report: PrintReport) => void = () => undefined
  const reported = new Promise<PrintReport>((resolve) => (ready = resolve))
  const container = await render(
    <PrintDocument articles={articles} options={options} onReady={ready} />,
  )
  return { container, report: await reported }
}

function sheetsOf(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('.np-sheet')]
}

describe('PrintDocument', () => {
  it('makes up an A3 page: every word placed, nothing overflowing, no kinsoku faults', async () => {
    const articles = sampleSelection()
    const options = { ...defaultPrintOptions, paperName: '高新技术产业导报', date: '2024-10-21' }
    const { container, report } = await layOut(articles, options)
    expect(report.overflow).toEqual([])
    expect(overflowingBoxes(container)).toEqual([])
    expect(documentViolations(container)).toEqual([])
    for (const article of articles.filter((a) => a.kind === 'article')) {
      const body = article.blocks.map((block) => block.text).join('')
      const runIn =
        article.byline !== null && pouredText(container, article.id).startsWith(article.byline)
      expect(pouredText(container, article.id)).toBe(
        runIn ? `${article.byline ?? ''}${body}` : body,
      )
    }
    const sheets = sheetsOf(container)
    expect(sheets.length).toBeGreaterThan(0)
    for (const sheet of sheets) {
      const box = sheet.getBoundingClientRect()
      expect(box.width).toBeCloseTo((papers.A3.widthMm * 96) / 25.4, 1)
      expect(box.height).toBeCloseTo((papers.A3.heightMm * 96) / 25.4, 1)
    }
    await page.viewport(1200, 1700)
    for (const [index, sheet] of sheets.entries()) {
      await page.screenshot({
        path: `../../../test-results/print/a3-sheet-${index + 1}.png`,
        element: sheet,
      })
    }
  })

  it('sizes a continued story for its text: no empty block between it and the story below', async () => {
    const grid = gridFor('A3', defaultPrintOptions.bodySize)
    let checked = 0
    for (const lengths of [
      [60, 40, 14, 12],
      [24, 70, 10, 16, 8],
      [50, 50, 20, 9],
    ]) {
      const articles = lengths.map((paragraphs, i) => sampleArticle(i, paragraphs))
      const { container, report } = await layOut(articles, defaultPrintOptions)
      expect(report.overflow).toEqual([])
      const continued = container.querySelectorAll<HTMLElement>(
        '.np-module.np-continued.np-rule-below',
      )
      const sheet = continued[0]?.closest<HTMLElement>('.np-sheet')
      if (sheet !== null && sheet !== undefined && checked === 0) {
        await page.viewport(1200, 1700)
        await page.screenshot({
          path: '../../../test-results/print/a3-continued.png',
          element: sheet,
        })
      }
      for (const module of continued) {
        checked++
        const blank = blankUnderText(module, grid.pitchPt * pxPerPt)
        expect(blank, `blank lines under ${module.dataset.module ?? ''}`).toBeLessThan(3)
      }
      cleanup()
    }
    expect(checked, 'selections with a story set under a continuation').toBeGreaterThan(0)
  })
})

describe('notes on clipping sheets', () => {
  const note = { colour: 'yellow' as const, createdAt: 1, updatedAt: 1 }
  const noted = (): PrintArticle => {
    const article = sampleArticle(0, 3)
    const quote = article.blocks[0]?.text.slice(0, 6) ?? ''
    return {
      ...article,
      notes: [
        { ...note, id: 'a', anchor: { quote, prefix: '', suffix: '', start: 0 }, text: '核实数字' },
        { ...note, id: 'b', anchor: null, text: '下周回访' },
      ],
    }
  }

  it('prints an article’s notes after its text when asked, and only then', async () => {
    const article = noted()
    const body = article.blocks.map((block) => block.text).join('')
    const quote = article.notes?.[0]?.anchor?.quote ?? ''
    const asked = { ...defaultPrintOptions, layout: 'clipping' as const, notes: true }
    const withNotes = await layOut([article], asked)
    expect(withNotes.report.overflow).toEqual([])
    expect(pouredText(withNotes.container, article.id)).toContain(
      `${body}笔记「${quote}」 核实数字下周回访`,
    )
    cleanup()
    const plain = await layOut([article], { ...asked, notes: false })
    expect(pouredText(plain.container, article.id)).not.toContain('核实数字')
  })
})
