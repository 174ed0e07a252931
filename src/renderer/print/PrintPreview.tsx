// Print preview: the options and the real sheets, scaled down (a transform, so the layout is
// exactly the printed one). Printing and PDF export are the host's: main opens the same page.
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PrintArticle } from '../../core/print/article'
import { defaultPrintOptions } from '../../shared/print-job'
import type { PrintOptions } from '../../shared/print-job'
import { papers } from '../../core/print/paper'
import { PrintDocument, layoutKey } from './PrintDocument'
import type { PrintReport } from './PrintDocument'
import { PrintOptionsForm } from './PrintOptionsForm'
import './preview.css'

export interface PrintPreviewProps {
  /** In importance order: the first is the lead. */
  articles: readonly PrintArticle[]
  initialOptions?: Partial<PrintOptions>
  onPrint: (options: PrintOptions) => void
  onSavePdf: (options: PrintOptions) => void
  onClose: () => void
  /** Width of the preview column in CSS px; the sheets are scaled to it. */
  width?: number
}

const pxPerMm = 96 / 25.4

export function PrintPreview(props: PrintPreviewProps) {
  const { articles, onPrint, onSavePdf, onClose, width = 720 } = props
  const { t } = useTranslation('print')
  const [options, setOptions] = useState<PrintOptions>({
    ...defaultPrintOptions,
    ...props.initialOptions,
  })
  const [report, setReport] = useState<PrintReport | null>(null)
  const change = useCallback((next: PrintOptions) => {
    // Only a new make-up is waited for: a new masthead is drawn on the sheets at once.
    setOptions((previous) => {
      if (layoutKey(previous) !== layoutKey(next)) setReport(null)
      return next
    })
  }, [])
  const paper = papers[options.paper]
  const scale = width / (paper.widthMm * pxPerMm)
  const sheets = report?.sheets ?? 1
  return (
    <section className="print-preview" aria-label={t('preview.title')}>
      <header className="print-preview-bar">
        <h2>{t('preview.title')}</h2>
        <PrintOptionsForm options={options} onChange={change} />
        <div className="print-preview-actions">
          <span role="status">
            {report === null
              ? t('preview.preparing')
              : t('preview.sheets', { count: report.sheets })}
            {report !== null &&
              report.overflow.length > 0 &&
              ` ${t('preview.overflow', { count: report.overflow.length })}`}
          </span>
          <button
            type="button"
            disabled={report === null}
            onClick={() => {
              onPrint(options)
            }}
          >
            {t('preview.print')}
          </button>
          <button
            type="button"
            disabled={report === null}
            onClick={() => {
              onSavePdf(options)
            }}
          >
            {t('preview.savePdf')}
          </button>
          <button type="button" onClick={onClose}>
            {t('preview.close')}
          </button>
        </div>
      </header>
      {articles.length === 0 ? (
        <p>{t('preview.empty')}</p>
      ) : (
        <div
          className="print-preview-pages"
          style={{ width, height: sheets * paper.heightMm * pxPerMm * scale }}
        >
          <div className="print-preview-scaled" style={{ transform: `scale(${scale})` }}>
            <PrintDocument articles={articles} options={options} onReady={setReport} />
          </div>
        </div>
      )}
    </section>
  )
}
