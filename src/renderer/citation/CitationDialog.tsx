// 引用…: the chosen articles' citations in one of four formats, previewed as plain text (never
// HTML: citeproc's text output), copied to the clipboard or saved to a file (through main) in
// the format shown.
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { Modal } from '../ui/Modal'
import { useTranslation } from 'react-i18next'
import type { NewsroomApi } from '../../shared/api/contract'
import type { Article } from '../../shared/article'
import {
  citationExtension,
  citationFormats,
  citationText,
  type CitationFormat,
} from '../../core/citation/formats'
import type { ArchiveDatabase } from '../db/database'
import { gbt7714Style } from './csl-style'
import './citation.css'

export interface CitationDialogProps {
  /** Saves the file; null where there is no main process (then only Copy is offered). */
  api: NewsroomApi | null
  database: ArchiveDatabase
  /** In the order they are cited. */
  articleIds: readonly string[]
  onCopied: () => void
  onSaved: (path: string) => void
  onFailed: (message: string) => void
  onClose: () => void
}

export function CitationDialog(props: CitationDialogProps) {
  const { database, articleIds, onClose } = props
  const { t } = useTranslation('archive')
  const [format, setFormat] = useState<CitationFormat>('gbt7714')
  const articles = useLiveQuery(
    async () =>
      (await database.articles.bulkGet([...articleIds])).filter(
        (article): article is Article => article !== undefined,
      ),
    [database, articleIds.join('|')],
  )
  const text = useMemo(
    () => (articles === undefined ? null : citationText(format, articles, gbt7714Style)),
    [articles, format],
  )
  const copy = () => {
    if (text === null) return
    navigator.clipboard.writeText(text).then(props.onCopied, () => {
      props.onFailed(t('citation.copyFailed'))
    })
  }
  const save = () => {
    if (text === null || props.api === null) return
    const name = `${t('citation.fileName', { count: articleIds.length })}.${citationExtension[format]}`
    props.api.saveCitationFile(name, text).then(
      (saved) => {
        if (saved !== null) props.onSaved(saved.path)
      },
      () => {
        props.onFailed(t('citation.saveFailed'))
      },
    )
  }
  return (
    <Modal className="citation-dialog" label={t('citation.title')} onClose={onClose}>
      <h2>{t('citation.title')}</h2>
      <p className="hint">{t('citation.count', { count: articleIds.length })}</p>
      <fieldset className="citation-formats">
        <legend>{t('citation.format')}</legend>
        {citationFormats.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="citation-format"
              value={option}
              checked={format === option}
              onChange={() => {
                setFormat(option)
              }}
            />
            {t(`citation.formats.${option}`)}
          </label>
        ))}
      </fieldset>
      <label className="citation-preview">
        {t('citation.preview')}
        <textarea readOnly rows={8} value={text ?? t('citation.loading')} spellCheck={false} />
      </label>
      <footer>
        <button type="button" disabled={text === null} onClick={copy}>
          {t('citation.copy')}
        </button>
        {props.api === null ? null : (
          <button type="button" disabled={text === null} onClick={save}>
            {t('citation.save')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('citation.close')}
        </button>
      </footer>
    </Modal>
  )
}
