// The open article's notes, under its text: each highlight with its quote (a click brings the
// words into view), what was written, its colour; notes on the whole article; notes whose words
// an edit removed, kept and said so. Every change is one undoable step.
import { useTranslation } from 'react-i18next'
import { notesOf } from '../../core/notes/notes'
import type { Article } from '../../shared/article'
import { highlightColours } from '../../shared/note'
import type { ArticleNote, HighlightColour } from '../../shared/note'
import type { EditOutcome } from '../archive/article-edits'
import type { ArchiveHistory } from '../archive/archive-history'
import { useStorageMessage } from '../archive/use-storage-message'
import { NoteEditor } from './NoteEditor'
import { addArticleNote, newNoteId, removeArticleNote, updateArticleNote } from './note-edits'

export interface ReaderNotesProps {
  history: ArchiveHistory
  article: Article
  /** The note being written: its id, `article` for a new note on the whole article. */
  editing: string | null
  onEditing: (id: string | null) => void
  /** Ids of highlights whose words are not in the text any more. */
  detached: ReadonlySet<string>
  onShow: (noteId: string) => void
  onFailed: (message: string) => void
}

export function ReaderNotes(props: ReaderNotesProps) {
  const { history, article, editing, onEditing, onFailed } = props
  const { t } = useTranslation('archive')
  const storageMessage = useStorageMessage()
  const notes = notesOf(article)
  /** Runs a note change; the editor it came from (`id`) closes when it is done, another stays. */
  const run = (id: string, work: Promise<EditOutcome>) => {
    work.then(
      (outcome) => {
        if (!outcome.ok) onFailed(t(`editError.${outcome.error}`))
        else if (editing === id) onEditing(null)
      },
      (error: unknown) => {
        onFailed(storageMessage(error))
      },
    )
  }
  return (
    <section className="reader-notes" aria-label={t('notes.title')} id="reader-notes">
      <h3>
        {t('notes.title')} <small>{notes.length}</small>
      </h3>
      {notes.length === 0 && editing !== 'article' ? (
        <p className="notes-empty">{t('notes.empty')}</p>
      ) : null}
      <ul>
        {notes.map((note) => (
          <NoteItem
            key={note.id}
            note={note}
            detached={props.detached.has(note.id)}
            editing={editing === note.id}
            onEditing={onEditing}
            onShow={props.onShow}
            onSave={(patch) => {
              // A note on the whole article emptied is no note: it goes.
              const remove = note.anchor === null && patch.text?.trim() === ''
              run(
                note.id,
                remove
                  ? removeArticleNote(history, article.id, note.id)
                  : updateArticleNote(history, article.id, note.id, patch),
              )
            }}
            onRemove={() => {
              run(note.id, removeArticleNote(history, article.id, note.id))
            }}
          />
        ))}
      </ul>
      {editing === 'article' ? (
        <NoteEditor
          initial=""
          label={t('notes.articleNote')}
          onSave={(text) => {
            if (text.trim() === '') onEditing(null)
            else
              run(
                'article',
                addArticleNote(history, article.id, {
                  id: newNoteId(),
                  span: null,
                  colour: 'yellow',
                  text,
                }),
              )
          }}
          onCancel={() => {
            onEditing(null)
          }}
        />
      ) : (
        <button
          type="button"
          onClick={() => {
            onEditing('article')
          }}
        >
          {t('notes.addArticleNote')}
        </button>
      )}
    </section>
  )
}

interface NoteItemProps {
  note: ArticleNote
  detached: boolean
  editing: boolean
  onEditing: (id: string | null) => void
  onShow: (noteId: string) => void
  onSave: (patch: { text?: string; colour?: HighlightColour }) => void
  onRemove: () => void
}

function NoteItem({ note, detached, editing, onEditing, onShow, onSave, onRemove }: NoteItemProps) {
  const { t } = useTranslation('archive')
  return (
    <li className={`note-item note-${note.colour}`} data-note-item={note.id}>
      {note.anchor === null ? (
        <p className="note-whole">{t('notes.wholeArticle')}</p>
      ) : (
        <button
          type="button"
          className="note-quote"
          disabled={detached}
          onClick={() => {
            onShow(note.id)
          }}
        >
          「{note.anchor.quote}」
        </button>
      )}
      {detached ? (
        <p className="note-detached" role="note">
          {t('notes.detached')}
        </p>
      ) : null}
      {editing ? (
        <NoteEditor
          initial={note.text}
          label={t('notes.noteText')}
          onSave={(text) => {
            onSave({ text })
          }}
          onCancel={() => {
            onEditing(null)
          }}
        />
      ) : note.text !== '' ? (
        <p className="note-text">{note.text}</p>
      ) : null}
      <div className="note-actions">
        {note.anchor === null ? null : (
          <select
            value={note.colour}
            aria-label={t('notes.colourLabel')}
            onChange={(event) => {
              const colour = highlightColours.find((c) => c === event.target.value)
              if (colour !== undefined) onSave({ colour })
            }}
          >
            {highlightColours.map((colour) => (
              <option key={colour} value={colour}>
                {t(`notes.colour.${colour}`)}
              </option>
            ))}
          </select>
        )}
        {editing ? null : (
          <button
            type="button"
            onClick={() => {
              onEditing(note.id)
            }}
          >
            {note.text === '' ? t('notes.write') : t('notes.edit')}
          </button>
        )}
        <button type="button" onClick={onRemove}>
          {t('notes.remove')}
        </button>
      </div>
    </li>
  )
}
