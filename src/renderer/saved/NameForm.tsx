// A name typed in place (a saved search, a new collection): kept on one line, Save while there
// is a name, Esc or Cancel to leave it.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { cleanName } from '../../core/saved/saved'

export interface NameFormProps {
  className: string
  label: string
  initial: string
  onSave: (name: string) => void
  onCancel: () => void
}

export function NameForm({ className, label, initial, onSave, onCancel }: NameFormProps) {
  const { t } = useTranslation('archive')
  const [name, setName] = useState(initial)
  const clean = cleanName(name)
  return (
    <form
      className={className}
      onSubmit={(event) => {
        event.preventDefault()
        if (clean !== null) onSave(clean)
      }}
    >
      <input
        aria-label={label}
        value={name}
        maxLength={200}
        autoFocus
        onChange={(event) => {
          setName(event.target.value)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel()
        }}
      />
      <button type="submit" disabled={clean === null}>
        {t('saved.saveConfirm')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('saved.cancel')}
      </button>
    </form>
  )
}
