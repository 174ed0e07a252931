// The versions a restore or a colleague's file kept beside this archive's: per article, per field,
// this archive's value and the other one, with "keep mine" / "take this". Each choice is an
// undoable change; a settled article leaves the list. Values are drawn as text, never as HTML.
import { useState } from 'react'
import { Modal } from '../ui/Modal'
import { useTranslation } from 'react-i18next'
import type { Article, FieldConflict } from '../../shared/article'
import type { ConflictChoice } from '../../core/archive/conflicts'
import { resolveArticleConflict } from '../archive/article-edits'
import type { ArchiveHistory } from '../archive/archive-history'
import { archiveErrorMessage } from '../archive/error-message'
import { fieldText } from './field-text'
import type { FieldTextLabels } from './field-text'
import { useConflictedArticles } from './use-conflicted'
import './conflicts.css'

export interface ConflictsDialogProps {
  history: ArchiveHistory
  onOpen: (id: string) => void
  onClose: () => void
}

export function ConflictsDialog({ history, onOpen, onClose }: ConflictsDialogProps) {
  const { t } = useTranslation('archive')
  const articles = useConflictedArticles(history.database)
  const [message, setMessage] = useState<string | null>(null)
  const choose = (article: Article, index: number, choice: ConflictChoice) => {
    void resolveArticleConflict(history, article.id, index, choice)
      .then((outcome) => {
        setMessage(outcome.ok ? null : t(`editError.${outcome.error}`))
      })
      .catch((error: unknown) => {
        const failure = archiveErrorMessage(error)
        setMessage(t(failure.key, failure.params))
      })
  }
  return (
    <Modal className="conflicts-dialog" label={t('conflicts.title')} onClose={onClose}>
      <h2>{t('conflicts.title')}</h2>
      <p className="conflicts-hint">{t('conflicts.hint')}</p>
      {message === null ? null : <p role="alert">{message}</p>}
      {articles === undefined ? null : articles.length === 0 ? (
        <p>{t('conflicts.none')}</p>
      ) : (
        articles.map((article) => (
          <ConflictedArticle
            key={article.id}
            article={article}
            onChoose={(index, choice) => {
              choose(article, index, choice)
            }}
            onOpen={() => {
              onOpen(article.id)
              onClose()
            }}
          />
        ))
      )}
      <footer>
        <button type="button" onClick={onClose}>
          {t('conflicts.close')}
        </button>
      </footer>
    </Modal>
  )
}

interface ConflictedArticleProps {
  article: Article
  onChoose: (index: number, choice: ConflictChoice) => void
  onOpen: () => void
}

function ConflictedArticle({ article, onChoose, onOpen }: ConflictedArticleProps) {
  const { t } = useTranslation('archive')
  const headline = article.title ?? article.derivedTitle ?? t('conflicts.untitled')
  return (
    <section className="conflicted-article" aria-label={headline}>
      <h3>
        <button type="button" className="conflict-open" onClick={onOpen}>
          {headline}
        </button>
      </h3>
      {(article.conflicts ?? []).map((conflict, index) => (
        <ConflictRow
          key={`${conflict.field}-${String(index)}`}
          article={article}
          conflict={conflict}
          onChoose={(choice) => {
            onChoose(index, choice)
          }}
        />
      ))}
    </section>
  )
}

interface ConflictRowProps {
  article: Article
  conflict: FieldConflict
  onChoose: (choice: ConflictChoice) => void
}

function ConflictRow({ article, conflict, onChoose }: ConflictRowProps) {
  const { t, i18n } = useTranslation('archive')
  const labels = useFieldTextLabels()
  const field = t(`conflicts.field.${conflict.field}`)
  const when = new Date(conflict.at).toLocaleString(i18n.language)
  return (
    <div className="conflict-row" role="group" aria-label={field}>
      <h4>{field}</h4>
      <div className="conflict-version">
        <h5>{t('conflicts.mine')}</h5>
        <p className="conflict-value">
          {fieldText(conflict.field, article[conflict.field], labels)}
        </p>
        <button
          type="button"
          onClick={() => {
            onChoose('mine')
          }}
        >
          {t('conflicts.keepMine')}
        </button>
      </div>
      <div className="conflict-version">
        <h5>{t('conflicts.theirs', { from: conflict.from, when })}</h5>
        <p className="conflict-value">{fieldText(conflict.field, conflict.theirs, labels)}</p>
        <button
          type="button"
          onClick={() => {
            onChoose('theirs')
          }}
        >
          {t('conflicts.takeTheirs')}
        </button>
      </div>
    </div>
  )
}

function useFieldTextLabels(): FieldTextLabels {
  const { t } = useTranslation('archive')
  return {
    empty: t('conflicts.empty'),
    photo: t('conflicts.kind.photo'),
    article: t('conflicts.kind.article'),
    continuation: ({ from, to }) =>
      [
        from === null ? null : t('conflicts.continuedFrom', { page: from }),
        to === null ? null : t('conflicts.continuedOn', { page: to }),
      ]
        .filter((part) => part !== null)
        .join(' ') || t('conflicts.empty'),
  }
}
