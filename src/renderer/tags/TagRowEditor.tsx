// A tag row's actions: rename (inline form), colour (the system colour picker) and delete (with
// an inline confirmation that says the articles stay).
import { useTranslation } from 'react-i18next'

export interface TagRowEditorProps {
  name: string
  count: number
  color: string | null
  mode: 'rename' | 'delete' | null
  onMode: (mode: 'rename' | 'delete' | null) => void
  onRename: (to: string) => void
  onDelete: () => void
  onColor: (color: string | null) => void
}

export function TagRowEditor(props: TagRowEditorProps) {
  const { t } = useTranslation('archive')
  const { name, mode } = props
  const cancel = (
    <button
      type="button"
      onClick={() => {
        props.onMode(null)
      }}
    >
      {t('tags.cancel')}
    </button>
  )
  if (mode === 'rename') {
    return (
      <form
        className="tag-rename inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          const value = new FormData(event.currentTarget).get('name')
          if (typeof value === 'string') props.onRename(value)
        }}
      >
        <input
          name="name"
          defaultValue={name}
          aria-label={t('tags.renameLabel', { name })}
          title={t('tags.renameHint')}
          autoFocus
          onKeyDown={(event) => {
            if (event.key === 'Escape') props.onMode(null)
          }}
        />
        <button type="submit">{t('tags.confirm')}</button>
        {cancel}
      </form>
    )
  }
  if (mode === 'delete') {
    return (
      <span className="tag-confirm inline-form" role="alertdialog" aria-label={t('tags.delete')}>
        <span className="inline-form-text">
          {t('tags.confirmDelete', { name, count: props.count })}
        </span>
        <button type="button" onClick={props.onDelete}>
          {t('tags.confirm')}
        </button>
        {cancel}
      </span>
    )
  }
  return (
    <span className="tag-actions">
      <button
        type="button"
        onClick={() => {
          props.onMode('rename')
        }}
      >
        {t('tags.rename')}
      </button>
      <input
        type="color"
        aria-label={t('tags.colorLabel', { name })}
        value={props.color ?? '#888888'}
        onChange={(event) => {
          props.onColor(event.target.value)
        }}
      />
      {props.color !== null ? (
        <button
          type="button"
          onClick={() => {
            props.onColor(null)
          }}
        >
          {t('tags.clearColor')}
        </button>
      ) : null}
      <button
        type="button"
        onClick={() => {
          props.onMode('delete')
        }}
      >
        {t('tags.delete')}
      </button>
    </span>
  )
}
