// The print options: paper, layout, columns, body size, paper name and date for the masthead,
// and on clipping sheets whether the articles' notes are printed.
import { useTranslation } from 'react-i18next'
import { layouts } from '../../shared/print-job'
import type { PrintOptions } from '../../shared/print-job'
import { gridFor, maxColumns, papers } from '../../core/print/paper'
import { bodySizes, paperIds } from '../../shared/print-job'
import type { BodySize, PaperId } from '../../shared/print-job'

export interface PrintOptionsFormProps {
  options: PrintOptions
  onChange: (options: PrintOptions) => void
}

const bodySizeIds = Object.keys(bodySizes) as BodySize[]

export function PrintOptionsForm({ options, onChange }: PrintOptionsFormProps) {
  const { t } = useTranslation('print')
  const set = (patch: Partial<PrintOptions>) => {
    onChange({ ...options, ...patch })
  }
  const automatic = gridFor(options.paper, options.bodySize).columns
  const most = maxColumns(papers[options.paper], options.bodySize)
  return (
    <form
      className="print-options"
      onSubmit={(event) => {
        event.preventDefault()
      }}
    >
      <label className="field">
        {t('preview.paper')}
        <select
          value={options.paper}
          onChange={(e) => {
            set({ paper: e.target.value as PaperId, columns: null })
          }}
        >
          {paperIds.map((id) => (
            <option key={id} value={id}>
              {t(`papers.${id}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('preview.layout')}
        <select
          value={options.layout}
          onChange={(e) => {
            set({ layout: e.target.value as PrintOptions['layout'] })
          }}
        >
          {layouts.map((layout) => (
            <option key={layout} value={layout}>
              {t(`layouts.${layout}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('preview.columns')}
        <select
          value={options.columns ?? ''}
          onChange={(e) => {
            set({ columns: e.target.value === '' ? null : Number(e.target.value) })
          }}
        >
          <option value="">{t('preview.columnsAuto', { count: automatic })}</option>
          {Array.from({ length: most }, (_, i) => i + 1).map((count) => (
            <option key={count} value={count}>
              {count}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('preview.bodySize')}
        <select
          value={options.bodySize}
          onChange={(e) => {
            set({ bodySize: e.target.value as BodySize, columns: null })
          }}
        >
          {bodySizeIds.map((size) => (
            <option key={size} value={size}>
              {t(`bodySizes.${size}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('preview.paperName')}
        <input
          value={options.paperName}
          maxLength={60}
          onChange={(e) => {
            set({ paperName: e.target.value })
          }}
        />
      </label>
      <label className="field">
        {t('preview.date')}
        <input
          type="date"
          value={options.date ?? ''}
          onChange={(e) => {
            set({ date: e.target.value === '' ? null : e.target.value })
          }}
        />
      </label>
      <label className="field">
        {t('preview.firstPage')}
        <input
          type="number"
          min={1}
          max={999}
          value={options.firstPage}
          onChange={(e) => {
            set({ firstPage: Math.min(999, Math.max(1, Math.round(Number(e.target.value)) || 1)) })
          }}
        />
      </label>
      <label className="field checkbox-field" title={t('preview.notesOnlyClipping')}>
        <span>
          <input
            type="checkbox"
            checked={options.notes && options.layout === 'clipping'}
            disabled={options.layout !== 'clipping'}
            onChange={(e) => {
              set({ notes: e.target.checked })
            }}
          />{' '}
          {t('preview.notes')}
        </span>
      </label>
    </form>
  )
}
