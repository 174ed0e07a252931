// Saves the query on screen under a name (the query itself by default).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SortOrder } from '../../core/search'
import type { ArchiveDatabase } from '../db/database'
import { NameForm } from './NameForm'
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
  const [naming, setNaming] = useState(false)
  if (!naming) {
    return (
      <div className="save-search">
        <button
          type="button"
          onClick={() => {
            setNaming(true)
          }}
        >
          {t('saved.save')}
        </button>
      </div>
    )
  }
  return (
    <NameForm
      className="save-search"
      label={t('saved.saveName')}
      initial={query.trim()}
      onSave={(clean) => {
        saveSearch(database, clean, query.trim(), sort).then(() => {
          setNaming(false)
          onSaved(clean)
        }, onFailed)
      }}
      onCancel={() => {
        setNaming(false)
      }}
    />
  )
}
