// The side panel's saved searches (each with its live count and what is new since it was last
// opened) and collections (each with its size). Names are shown as text, never as HTML.
import { useTranslation } from 'react-i18next'
import type { Collection, SavedSearch } from '../../core/saved/saved'
import type { ArchiveDatabase } from '../db/database'
import type { SearchClient } from '../search/search-client'
import { removeCollection, removeSavedSearch } from './saved-store'
import { useCollections, useSavedCounts, useSavedSearches } from './use-saved'
import type { SavedCount } from './use-saved'
import './saved.css'

export interface SavedPanelProps {
  database: ArchiveDatabase
  searchClient: SearchClient
  revision: number
  openCollection: string | null
  onOpenSearch: (saved: SavedSearch) => void
  onOpenCollection: (collection: Collection) => void
}

export function SavedPanel(props: SavedPanelProps) {
  const { t } = useTranslation('archive')
  const { database } = props
  const searches = useSavedSearches(database)
  const collections = useCollections(database)
  const counts = useSavedCounts(props.searchClient, database, searches, props.revision)
  return (
    <section className="saved-panel" aria-label={t('saved.title')}>
      <h2 className="region-title">{t('saved.searches')}</h2>
      {searches?.length === 0 ? <p className="empty">{t('saved.noSearches')}</p> : null}
      <ul aria-label={t('saved.searches')}>
        {(searches ?? []).map((saved) => (
          <SavedSearchRow
            key={saved.id}
            saved={saved}
            count={counts.get(saved.id)}
            onOpen={() => {
              props.onOpenSearch(saved)
            }}
            onDelete={() => void removeSavedSearch(database, saved.id)}
          />
        ))}
      </ul>
      <h2 className="region-title">{t('saved.collections')}</h2>
      {collections?.length === 0 ? <p className="empty">{t('saved.noCollections')}</p> : null}
      <ul aria-label={t('saved.collections')}>
        {(collections ?? []).map((collection) => (
          <li key={collection.id} className="saved-row">
            <button
              type="button"
              className="saved-open"
              aria-pressed={collection.id === props.openCollection}
              aria-label={t('saved.open', { name: collection.name })}
              onClick={() => {
                props.onOpenCollection(collection)
              }}
            >
              {collection.name}
            </button>
            <span className="count">
              {t('saved.count', { count: collection.articleIds.length })}
            </span>
            <button
              type="button"
              className="saved-delete"
              aria-label={t('saved.delete', { name: collection.name })}
              onClick={() => void removeCollection(database, collection.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

interface SavedSearchRowProps {
  saved: SavedSearch
  count: SavedCount | undefined
  onOpen: () => void
  onDelete: () => void
}

function SavedSearchRow({ saved, count, onOpen, onDelete }: SavedSearchRowProps) {
  const { t } = useTranslation('archive')
  return (
    <li className="saved-row">
      <button
        type="button"
        className="saved-open"
        aria-label={t('saved.open', { name: saved.name })}
        title={saved.query}
        onClick={onOpen}
      >
        {saved.name}
      </button>
      {count === undefined ? null : (
        <span className="count">
          {t(count.partial ? 'saved.countPartial' : 'saved.count', { count: count.total })}
        </span>
      )}
      {count !== undefined && count.fresh > 0 ? (
        <span className="saved-fresh" title={t('saved.freshLabel', { count: count.fresh })}>
          {t('saved.fresh', { count: count.fresh })}
        </span>
      ) : null}
      <button
        type="button"
        className="saved-delete"
        aria-label={t('saved.delete', { name: saved.name })}
        onClick={onDelete}
      >
        ×
      </button>
    </li>
  )
}
