// Writing a note in place: Ctrl/Cmd+Enter or Save keeps it, Esc or Cancel leaves it as it was.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { NOTE_TEXT_MAX } from '../../core/notes/notes'

export interface NoteEditorProps {
  initial: string
  label: string
  onSave: (text: string) => void
  onCancel: () => void
}

export function NoteEditor({ initial, label, onSave, onCancel }: NoteEditorProps) {
  const { t } = useTranslation('archive')
  const [text, setText] = useState(initial)
  return (
    <form
      className="note-editor"
      onSubmit={(event) => {
        event.preventDefault()
        onSave(text)
      }}
    >
      <textarea
        aria-label={label}
        value={text}
        rows={3}
        maxLength={NOTE_TEXT_MAX}
        autoFocus
        onChange={(event) => {
          setText(event.target.value)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel()
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            onSave(text)
          }
        }}
      />
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('notes.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('notes.cancel')}
        </button>
      </div>
    </form>
  )
}
