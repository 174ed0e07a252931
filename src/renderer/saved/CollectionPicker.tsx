// Adds articles to a collection: an existing one chosen from the list, or a new one named here.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { withArticles } from '../../core/saved/saved'
import type { ArchiveDatabase } from '../db/database'
import { NameForm } from './NameForm'
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
  const [naming, setNaming] = useState(false)
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
  if (naming) {
    return (
      <NameForm
        className="collection-picker"
        label={t('saved.newName')}
        initial=""
        onSave={(name) => {
          createCollection(database, name, articleIds).then(() => {
            setNaming(false)
            onAdded(name, articleIds.length)
          }, onFailed)
        }}
        onCancel={() => {
          setNaming(false)
        }}
      />
    )
  }
  return (
    <div className="collection-picker">
      <select
        aria-label={t('saved.addToLabel')}
        value=""
        onChange={(event) => {
          const choice = event.target.value
          if (choice === newChoice) setNaming(true)
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
