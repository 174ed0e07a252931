// Arranging an open collection: the selected articles move up or down together, or leave it.
import { useTranslation } from 'react-i18next'
import { movedArticles, withoutArticles } from '../../core/saved/saved'
import type { ArchiveDatabase } from '../db/database'
import { updateCollection } from './saved-store'

export interface CollectionToolsProps {
  database: ArchiveDatabase
  collectionId: string
  selected: readonly string[]
  onFailed: (error: unknown) => void
}

export function CollectionTools({
  database,
  collectionId,
  selected,
  onFailed,
}: CollectionToolsProps) {
  const { t } = useTranslation('archive')
  const edit = (change: (now: number) => Parameters<typeof updateCollection>[2]) => {
    updateCollection(database, collectionId, change(Date.now())).catch(onFailed)
  }
  const none = selected.length === 0
  return (
    <div className="collection-tools" role="toolbar" aria-label={t('saved.collections')}>
      <button
        type="button"
        disabled={none}
        onClick={() => {
          edit((now) => (collection) => movedArticles(collection, selected, -1, now))
        }}
      >
        {t('saved.moveUp')}
      </button>
      <button
        type="button"
        disabled={none}
        onClick={() => {
          edit((now) => (collection) => movedArticles(collection, selected, 1, now))
        }}
      >
        {t('saved.moveDown')}
      </button>
      <button
        type="button"
        disabled={none}
        onClick={() => {
          edit((now) => (collection) => withoutArticles(collection, selected, now))
        }}
      >
        {t('saved.remove')}
      </button>
    </div>
  )
}
