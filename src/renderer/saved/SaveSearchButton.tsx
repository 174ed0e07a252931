// Saves the query on screen under a name (the query itself by default).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SortOrder } from '../../core/search'
import { cleanName } from '../../core/saved/saved'
import type { ArchiveDatabase } from '../db/database'
import { saveSearch } from './saved-store'

export interface SaveSearchButtonProps {
  database: ArchiveDatabase
  query: string
  sort: SortOrder
  onSaved: (name: string) => void
  onFailed: (error: unknown) => void
}

export function SaveSearchButton({
  database,
  query,
  sort,
  onSaved,
  onFailed,
}: SaveSearchButtonProps) {
  const { t } = useTranslation('archive')
  const [name, setName] = useState<string | null>(null)
  if (name === null) {
    return (
      <div className="save-search">
        <button
          type="button"
          onClick={() => {
            setName(query.trim())
          }}
        >
          {t('saved.save')}
        </button>
      </div>
    )
  }
  const clean = cleanName(name)
  return (
    <form
      className="save-search"
      onSubmit={(event) => {
        event.preventDefault()
        if (clean === null) return
        saveSearch(database, clean, query.trim(), sort).then(() => {
          setName(null)
          onSaved(clean)
        }, onFailed)
      }}
    >
      <input
        aria-label={t('saved.saveName')}
        value={name}
        maxLength={200}
        autoFocus
        onChange={(event) => {
          setName(event.target.value)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setName(null)
        }}
      />
      <button type="submit" disabled={clean === null}>
        {t('saved.saveConfirm')}
      </button>
      <button
        type="button"
        onClick={() => {
          setName(null)
        }}
      >
        {t('saved.cancel')}
      </button>
    </form>
  )
}
