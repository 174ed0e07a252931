// What a correspondent does with the article open: its tags (add with autocomplete, remove,
// accept suggestions), correct it, merge it with the article that follows it on the page,
// or delete it. Every change goes through the undo history.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '../../shared/article'
import { ArticleEditForm } from '../archive/ArticleEditForm'
import { mergeArticleWithNext } from '../archive/article-edits'
import type { ArchiveHistory } from '../archive/archive-history'
import { removeTags } from '../tags/tagging'
import { useStorageMessage } from '../archive/use-storage-message'
import { SuggestedTags } from '../tags/SuggestedTags'
import { TagInput } from '../tags/TagInput'
import { nextOnPage } from './next-on-page'

export interface ReaderToolsProps {
  history: ArchiveHistory
  article: Article
  editing: boolean
  onEditing: (editing: boolean) => void
  onDelete: (ids: string[]) => void
  onFailed: (message: string) => void
  onOpen: (id: string) => void
}

export function ReaderTools(props: ReaderToolsProps) {
  const { history, article, editing, onEditing, onDelete, onFailed, onOpen } = props
  const { t } = useTranslation('archive')
  const [busy, setBusy] = useState(false)
  const storageMessage = useStorageMessage()
  const mergeNext = async () => {
    setBusy(true)
    try {
      const next = await nextOnPage(history.database, article)
      if (next === null) {
        onFailed(t('reader.noNext'))
        return
      }
      const outcome = await mergeArticleWithNext(history, article.id, next.id)
      if (!outcome.ok) onFailed(t(`editError.${outcome.error}`))
      else if (outcome.change !== null) onOpen(outcome.change.after[0]?.id ?? article.id)
    } catch (error) {
      onFailed(storageMessage(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="reader-tools">
      <ul className="article-tags" aria-label={t('tags.title')}>
        {article.tags.map((tag) => (
          <li key={tag} className="tag-chip">
            <span>{tag}</span>
            <button
              type="button"
              aria-label={t('tags.remove', { name: tag })}
              onClick={() => void removeTags(history, [article.id], [tag])}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <TagInput database={history.database} history={history} articleIds={[article.id]} />
      <SuggestedTags database={history.database} history={history} article={article} />
      <div className="reader-actions">
        <button
          type="button"
          aria-pressed={editing}
          onClick={() => {
            onEditing(!editing)
          }}
        >
          {t('change.edit')}
        </button>
        <button type="button" disabled={busy} onClick={() => void mergeNext()}>
          {t('reader.mergeNext')}
        </button>
        <button
          type="button"
          onClick={() => {
            onDelete([article.id])
          }}
        >
          {t('change.delete')}
        </button>
      </div>
      {editing ? (
        <ArticleEditForm
          history={history}
          article={article}
          onDone={() => {
            onEditing(false)
          }}
        />
      ) : null}
    </div>
  )
}
