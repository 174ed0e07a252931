import { afterEach, describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { papers } from '../../core/print/paper'
import { initI18n } from '../i18n/i18n'
import { cleanup, render } from '../testing/render'
import { PrintPreview } from './PrintPreview'
import { sampleSelection } from './testing/sample-articles'

afterEach(cleanup)

describe('PrintPreview', () => {
  it(
    'shows the real sheets, re-lays them out on a new paper, relabels them for a new masthead and prints with the options',
    { timeout: 120_000 },
    async () => {
      await initI18n('zh-CN')
      const onPrint = vi.fn()
      const container = await render(
        <PrintPreview
          articles={sampleSelection(20)}
          initialOptions={{ paperName: '高新技术产业导报', date: '2024-10-21' }}
          onPrint={onPrint}
          onSavePdf={() => undefined}
          onClose={() => undefined}
        />,
      )
      const started = performance.now()
      await expect.element(page.getByText(/共 \d+ 版/), { timeout: 60_000 }).toBeVisible()
      const readyMs = performance.now() - started
      expect(container.textContent).not.toContain('未能完整排入')
      const sheet = container.querySelector<HTMLElement>('.np-sheet')
      expect(sheet?.offsetWidth).toBeCloseTo((papers.A3.widthMm * 96) / 25.4, 0)
      await page.viewport(900, 1200)
      await page.screenshot({
        path: '../../../test-results/print/preview-a3.png',
        element: container,
      })

      await page.getByLabelText('纸张').selectOptions('A4')
      await expect.element(page.getByText(/共 \d+ 版/), { timeout: 60_000 }).toBeVisible()
      const a4 = container.querySelector<HTMLElement>('.np-sheet')
      expect(a4?.offsetWidth).toBeCloseTo((papers.A4.widthMm * 96) / 25.4, 0)

      expect(container.textContent).not.toContain('未能完整排入')
      // A new masthead relabels the sheets at once: the preview never waits for a make-up.
      const body = container.querySelector('.np-document')?.textContent ?? ''
      await page.getByLabelText('报名').fill('青禾日报')
      await expect.element(page.getByText(/共 \d+ 版/)).toBeVisible()
      await expect.element(page.getByRole('button', { name: '打印…' })).toBeEnabled()
      expect(container.querySelector('.np-document')?.textContent).toContain('青禾日报')
      const relabelled = container.querySelector('.np-document')?.textContent ?? ''
      expect(relabelled.replaceAll('青禾日报', '')).toBe(body.replaceAll('高新技术产业导报', ''))
      await page.getByRole('button', { name: '打印…' }).click()
      expect(onPrint).toHaveBeenCalledWith(
        expect.objectContaining({ paper: 'A4', paperName: '青禾日报' }),
      )
      console.info(`preview of 20 articles ready in ${readyMs.toFixed(0)} ms`)
    },
  )
})
