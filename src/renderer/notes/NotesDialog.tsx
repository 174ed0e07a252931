// Every note of the archive in one list (Ctrl/Cmd+Shift+N): newest first, narrowed as the user
// types, each with its article; a click opens the article.
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { listNotes } from '../../core/notes/note-list'
import { displayTitle } from '../../shared/article'
import type { ArchiveDatabase } from '../db/database'
import { articlePlace } from '../list/article-labels'
import { Modal } from '../ui/Modal'
import { notedShownAtOnce, useNotedArticles } from './use-noted-articles'
import './notes.css'

export interface NotesDialogProps {
  database: ArchiveDatabase
  onOpen: (id: string) => void
  onClose: () => void
}

export function NotesDialog({ database, onOpen, onClose }: NotesDialogProps) {
  const { t } = useTranslation('archive')
  const { t: tApp, i18n } = useTranslation()
  const noted = useNotedArticles(database)
  const [filter, setFilter] = useState('')
  const listed = useMemo(
    () => (noted === undefined ? [] : listNotes(noted.articles, filter)),
    [noted, filter],
  )
  return (
    <Modal className="notes-dialog" label={t('notes.all')} onClose={onClose}>
      <h2>{t('notes.all')}</h2>
      <input
        type="search"
        aria-label={t('notes.filter')}
        placeholder={t('notes.filter')}
        value={filter}
        onChange={(event) => {
          setFilter(event.target.value)
        }}
      />
      {noted === undefined ? null : listed.length === 0 ? (
        <p>{filter === '' ? t('notes.noneInArchive') : t('notes.noneMatching')}</p>
      ) : (
        <ul className="notes-list">
          {listed.map(({ note, article }) => (
            <li key={`${article.id}:${note.id}`} className={`note-item note-${note.colour}`}>
              <button
                type="button"
                className="note-article"
                onClick={() => {
                  onOpen(article.id)
                  onClose()
                }}
              >
                <strong>{displayTitle(article).text}</strong>
                <small>{articlePlace(article, tApp, i18n.language)}</small>
              </button>
              {note.anchor === null ? (
                <p className="note-whole">{t('notes.wholeArticle')}</p>
              ) : (
                <p className="note-quote">「{note.anchor.quote}」</p>
              )}
              {note.text !== '' ? <p className="note-text">{note.text}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {noted?.more === true ? (
        <p className="notes-more">{t('notes.more', { count: notedShownAtOnce })}</p>
      ) : null}
      <footer>
        <button type="button" onClick={onClose}>
          {t('notes.close')}
        </button>
      </footer>
    </Modal>
  )
}
