// Correcting an article's headline, body and metadata. The edit goes through the history, so it can
// be undone, and announces the article so the search index updates at once.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '../../shared/article'
import { bodyFromText, bodyToText } from '../../core/archive/body-text'
import type { ArticlePatch } from '../../core/archive/edit'
import { editArticleFields } from './article-edits'
import { archiveErrorMessage } from './error-message'
import type { ArchiveHistory } from './archive-history'

export interface ArticleEditFormProps {
  history: ArchiveHistory
  article: Article
  onDone?: () => void
}

const TEXT_FIELDS = [
  ['kicker', 'kicker'],
  ['title', 'headline'],
  ['subtitle', 'subtitle'],
  ['byline', 'byline'],
  ['paper', 'paper'],
  ['date', 'date'],
  ['section', 'section'],
] as const

/** Headlines take the form's whole width, so a long one is seen whole while it is corrected. */
const wideFields = new Set<string>(['kicker', 'title', 'subtitle'])

function patchFrom(form: FormData, article: Article): ArticlePatch {
  const text = (name: string): string => {
    const value = form.get(name)
    return typeof value === 'string' ? value : ''
  }
  const patch: ArticlePatch = {}
  for (const [field] of TEXT_FIELDS) patch[field] = text(field)
  patch.authors = text('authors').split(/[,，、]/u)
  const page = text('page').trim()
  patch.page = page === '' ? null : Number(page)
  // The body only when it was changed: the text form is not an exact round trip of every block.
  if (text('body') !== bodyToText(article.blocks)) patch.blocks = bodyFromText(text('body'))
  return patch
}

export function ArticleEditForm({ history, article, onDone }: ArticleEditFormProps) {
  const { t } = useTranslation('archive')
  const [notice, setNotice] = useState<string | null>(null)
  const formId = useId()
  const save = async (form: FormData) => {
    try {
      const outcome = await editArticleFields(history, article.id, patchFrom(form, article))
      if (!outcome.ok) {
        setNotice(t(`editError.${outcome.error}`))
        return
      }
      setNotice(t('edit.saved'))
      onDone?.()
    } catch (error) {
      const message = archiveErrorMessage(error)
      setNotice(t(message.key, message.params))
    }
  }
  return (
    <form
      className="article-edit"
      aria-label={t('edit.title')}
      onSubmit={(event) => {
        event.preventDefault()
        void save(new FormData(event.currentTarget))
      }}
    >
      <div className="form-fields">
        {TEXT_FIELDS.map(([field, label]) => (
          <label key={field} className={wideFields.has(field) ? 'field wide' : 'field'}>
            {t(`edit.${label}`)}
            <input name={field} defaultValue={article[field] ?? ''} />
          </label>
        ))}
        <label className="field">
          {t('edit.authors')}
          <input name="authors" defaultValue={article.authors.join('，')} />
        </label>
        <label className="field">
          {t('edit.page')}
          <input name="page" inputMode="numeric" defaultValue={article.page ?? ''} />
        </label>
        <div className="field wide">
          <label htmlFor={`${formId}-body`}>{t('edit.body')}</label>
          <textarea
            id={`${formId}-body`}
            name="body"
            rows={12}
            aria-describedby={`${formId}-body-hint`}
            defaultValue={bodyToText(article.blocks)}
          />
          <small id={`${formId}-body-hint`}>{t('edit.bodyHint')}</small>
        </div>
      </div>
      <div className="form-actions">
        {notice !== null ? <p role="status">{notice}</p> : null}
        <button type="submit" className="primary">
          {t('edit.save')}
        </button>
        {onDone !== undefined ? (
          <button type="button" onClick={onDone}>
            {t('edit.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  )
}
