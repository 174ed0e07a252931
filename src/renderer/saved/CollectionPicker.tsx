// Adds articles to a collection: an existing one chosen from the list, or a new one named here.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { cleanName, withArticles } from '../../core/saved/saved'
import type { ArchiveDatabase } from '../db/database'
import { createCollection, updateCollection } from './saved-store'
import { useCollections } from './use-saved'

export interface CollectionPickerProps {
  database: ArchiveDatabase
  articleIds: readonly string[]
  onAdded: (name: string, count: number) => void
  onFailed: (error: unknown) => void
}

const newChoice = '+new'

export function CollectionPicker({
  database,
  articleIds,
  onAdded,
  onFailed,
}: CollectionPickerProps) {
  const { t } = useTranslation('archive')
  const collections = useCollections(database) ?? []
  const [naming, setNaming] = useState<string | null>(null)
  const addTo = (id: string) => {
    const collection = collections.find((item) => item.id === id)
    if (collection === undefined) return
    updateCollection(database, id, (current) => withArticles(current, articleIds, Date.now())).then(
      () => {
        onAdded(collection.name, articleIds.length)
      },
      onFailed,
    )
  }
  if (naming !== null) {
    const clean = cleanName(naming)
    return (
      <form
        className="collection-picker"
        onSubmit={(event) => {
          event.preventDefault()
          if (clean === null) return
          createCollection(database, clean, articleIds).then(() => {
            setNaming(null)
            onAdded(clean, articleIds.length)
          }, onFailed)
        }}
      >
        <input
          aria-label={t('saved.newName')}
          value={naming}
          maxLength={200}
          autoFocus
          onChange={(event) => {
            setNaming(event.target.value)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setNaming(null)
          }}
        />
        <button type="submit" disabled={clean === null}>
          {t('saved.saveConfirm')}
        </button>
        <button
          type="button"
          onClick={() => {
            setNaming(null)
          }}
        >
          {t('saved.cancel')}
        </button>
      </form>
    )
  }
  return (
    <div className="collection-picker">
      <select
        aria-label={t('saved.addToLabel')}
        value=""
        onChange={(event) => {
          const choice = event.target.value
          if (choice === newChoice) setNaming('')
          else if (choice !== '') addTo(choice)
        }}
      >
        <option value="">{t('saved.addTo')}</option>
        {collections.map((collection) => (
          <option key={collection.id} value={collection.id}>
            {collection.name}
          </option>
        ))}
        <option value={newChoice}>{t('saved.newCollection')}</option>
      </select>
    </div>
  )
}
