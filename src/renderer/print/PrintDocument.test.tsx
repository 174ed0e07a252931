import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { createRoot } from 'react-dom/client'
import type { Root } from 'react-dom/client'
import type { PrintArticle } from '../../core/print/article'
import { defaultPrintOptions } from '../../core/print/options'
import type { PrintOptions } from '../../core/print/options'
import { papers } from '../../core/print/paper'
import { PrintDocument } from './PrintDocument'
import type { PrintReport } from './PrintDocument'
import { documentViolations, overflowingBoxes, pouredText } from './layout-checks'
import { sampleSelection } from './sample-articles'

let root: Root | null = null
afterEach(() => {
  root?.unmount()
  root = null
  document.body.replaceChildren()
})

async function render(articles: readonly PrintArticle[], options: PrintOptions) {
  const container = document.createElement('div')
  document.body.append(container)
  const report = await new Promise<PrintReport>((resolve) => {
    root = createRoot(container)
    root.render(<PrintDocument articles={articles} options={options} onReady={resolve} />)
  })
  return { container, report }
}

function sheetsOf(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('.np-sheet')]
}

describe('PrintDocument', () => {
  it('makes up an A3 page: every word placed, nothing overflowing, no kinsoku faults', async () => {
    const articles = sampleSelection()
    const options = { ...defaultPrintOptions, paperName: '高新技术产业导报', date: '2024-10-21' }
    const { container, report } = await render(articles, options)
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
})
