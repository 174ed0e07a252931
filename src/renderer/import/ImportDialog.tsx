// The import dialog: choose files and folders (several at once), optionally set the paper,
// date, page and section for the whole batch (they win over what file names say), then import.
import { useState } from 'react'
import { Modal } from '../ui/Modal'
import { useTranslation } from 'react-i18next'
import type { ImportRequest, ImportSourceKind, NewsroomApi } from '../../shared/api/contract'
import type { PageMeta } from '../../shared/article'

export interface ImportDialogProps {
  api: NewsroomApi
  onImport: (request: ImportRequest) => void
  onClose: () => void
}

/** The batch metadata the user filled in; empty fields are left to the importer. */
export function batchMeta(fields: Record<keyof PageMeta, string>): Partial<PageMeta> | undefined {
  const meta: Partial<PageMeta> = {}
  if (fields.paper.trim() !== '') meta.paper = fields.paper.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(fields.date)) meta.date = fields.date
  const page = Number(fields.page)
  if (Number.isInteger(page) && page >= 1 && page <= 999) meta.page = page
  if (fields.section.trim() !== '') meta.section = fields.section.trim()
  return Object.keys(meta).length > 0 ? meta : undefined
}

export function ImportDialog({ api, onImport, onClose }: ImportDialogProps) {
  const { t } = useTranslation()
  const [paths, setPaths] = useState<string[]>([])
  const [fields, setFields] = useState({ paper: '', date: '', page: '', section: '' })
  const choose = async (kind: ImportSourceKind) => {
    const chosen = await api.chooseImportSources(kind)
    if (chosen !== null) setPaths((current) => [...new Set([...current, ...chosen])])
  }
  const field = (name: keyof typeof fields, type = 'text') => (
    <label className="field">
      <span>{t(`importDialog.${name}`)}</span>
      <input
        type={type}
        value={fields[name]}
        min={type === 'number' ? 1 : undefined}
        onChange={(event) => {
          setFields((current) => ({ ...current, [name]: event.target.value }))
        }}
      />
    </label>
  )
  return (
    <Modal className="import-dialog" labelledBy="import-dialog-title" onClose={onClose}>
      <h2 id="import-dialog-title">{t('importDialog.title')}</h2>
      <div className="import-sources">
        <button type="button" onClick={() => void choose('files')}>
          {t('importDialog.chooseFiles')}
        </button>
        <button type="button" onClick={() => void choose('folders')}>
          {t('importDialog.chooseFolders')}
        </button>
      </div>
      {paths.length === 0 ? (
        <p className="empty">{t('importDialog.nothingChosen')}</p>
      ) : (
        <ul className="chosen-paths" aria-label={t('importDialog.chosen')}>
          {paths.map((path) => (
            <li key={path}>
              <span>{path}</span>
              <button
                type="button"
                aria-label={t('importDialog.remove', { path })}
                onClick={() => {
                  setPaths((current) => current.filter((item) => item !== path))
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <fieldset>
        <legend>{t('importDialog.metaLegend')}</legend>
        <p className="hint">{t('importDialog.metaHint')}</p>
        <div className="form-fields">
          {field('paper')}
          {field('date', 'date')}
          {field('page', 'number')}
          {field('section')}
        </div>
      </fieldset>
      <footer>
        <button type="button" onClick={onClose}>
          {t('importDialog.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={paths.length === 0}
          onClick={() => {
            onImport({ paths, meta: batchMeta(fields) })
            onClose()
          }}
        >
          {t('importDialog.start', { count: paths.length })}
        </button>
      </footer>
    </Modal>
  )
}
