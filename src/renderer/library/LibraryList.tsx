// The library: every article in the chosen order (import time, date, headline in pinyin order,
// or grouped by paper, date and page), narrowed by a tag or by the facets with their counts.
// Its rows are read a page at a time (use-library-rows.ts), and not at all while search
// results cover it or a collection is open.
import { useTranslation } from 'react-i18next'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import type { ArchiveDatabase } from '../db/database'
import { FacetBar } from '../search/FacetBar'
import type { SearchClient } from '../search/search-client'
import { useLibraryFacets } from '../search/use-library-facets'
import { ArticleList } from '../list/ArticleList'
import { articleHeadline, articlePlace, hasDerivedHeadline } from '../list/article-labels'
import { arrayRows } from '../list/list-rows'
import { libraryOrders } from './library-order'
import type { LibraryOrder, PageHeading } from './library-order'
import { useLibraryRows } from './use-library-rows'
import type { Selection } from '../list/selection'

export interface LibraryListProps {
  /** Kept, not shown (search results are on screen). */
  hidden?: boolean
  database: ArchiveDatabase
  /** Only articles with this tag or one below it (`地区/湖北` takes `地区/湖北/随州`). */
  tag: string | null
  order: LibraryOrder
  onOrder: (order: LibraryOrder) => void
  /** Counts over the whole archive, asked for while the filters are open. */
  searchClient: SearchClient
  revision: number
  /** Choosing a facet filters the library (as a search clause). */
  onFilter: (clause: string) => void
  onClearTag: () => void
  selection: Selection
  onSelectionChange: (selection: Selection) => void
  /** An open collection: its articles in the user's order, instead of the library's. */
  collection?: { name: string; ids: readonly string[] } | null
  onClearCollection?: () => void
  /** Tools for the open collection (rooms above this one). */
  collectionTools?: ReactNode
  /** The library's rows have been read (after start: what may read the archive next). */
  onRowsRead?: () => void
}

const noRows = arrayRows([])

function isOrder(value: string): value is LibraryOrder {
  return (libraryOrders as readonly string[]).includes(value)
}

export function LibraryList(props: LibraryListProps) {
  const { database, tag, order } = props
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const heading = useCallback<PageHeading>(
    (paper, date, page) => articlePlace({ paper, date, page, section: null }, t, language),
    [t, language],
  )
  const collection = props.collection ?? null
  const library = useLibraryRows(
    database,
    order,
    tag,
    heading,
    props.hidden === true || collection !== null,
  )
  const collectionIds = collection?.ids ?? null
  const collectionRows = useMemo(
    () => (collectionIds === null ? null : arrayRows(collectionIds)),
    [collectionIds],
  )
  const rows = collectionRows ?? library.rows
  const read = library.rows !== undefined
  const { onRowsRead } = props
  useEffect(() => {
    if (read) onRowsRead?.()
  }, [read, onRowsRead])
  const [filtersOpen, setFiltersOpen] = useState(false)
  const facets = useLibraryFacets(props.searchClient, props.revision, filtersOpen)
  return (
    <nav className="library" aria-label={t('shell.library')} hidden={props.hidden}>
      <header className="library-header">
        <h2 className="region-title">{t('shell.library')}</h2>
        {collection !== null ? null : (
          <select
            aria-label={t('library.order')}
            value={order}
            onChange={(event) => {
              if (isOrder(event.target.value)) props.onOrder(event.target.value)
            }}
          >
            {libraryOrders.map((value) => (
              <option key={value} value={value}>
                {t(`library.orders.${value}`)}
              </option>
            ))}
          </select>
        )}
      </header>
      <details
        className="library-filters"
        onToggle={(event) => {
          setFiltersOpen(event.currentTarget.open)
        }}
      >
        <summary>{t('library.filters')}</summary>
        {facets === null ? null : <FacetBar facets={facets} onRefine={props.onFilter} />}
      </details>
      {collection === null ? null : (
        <>
          <p className="active-filter">
            {t('archive:saved.filter', { name: collection.name })}
            <button
              type="button"
              aria-label={t('archive:saved.clear', { name: collection.name })}
              onClick={props.onClearCollection}
            >
              ×
            </button>
          </p>
          {props.collectionTools}
          {collection.ids.length === 0 ? <p className="empty">{t('archive:saved.empty')}</p> : null}
        </>
      )}
      {tag === null || collection !== null ? null : (
        <p className="active-filter">
          {t('library.tagFilter', { tag })}
          <button
            type="button"
            aria-label={t('library.clearTag', { tag })}
            onClick={props.onClearTag}
          >
            ×
          </button>
        </p>
      )}
      {collection === null && rows?.count === 0 ? (
        <p className="empty">{t('shell.emptyLibrary')}</p>
      ) : null}
      {rows === undefined ? (
        <p className="search-status" role="status">
          {t('library.loading')}
        </p>
      ) : null}
      <ArticleList
        // A new order, tag or collection starts at the top.
        key={collection === null ? `${order}\n${tag ?? ''}` : `collection ${collection.name}`}
        database={database}
        rows={rows ?? noRows}
        onRowsShown={collectionRows === null ? library.show : undefined}
        unnamedHeading={t('library.unplaced')}
        label={t('shell.library')}
        rowHeight={64}
        selection={props.selection}
        onSelectionChange={props.onSelectionChange}
        renderRow={(article) => (
          <>
            <span className={hasDerivedHeadline(article) ? 'row-title derived' : 'row-title'}>
              {articleHeadline(article, t)}
            </span>
            <span className="row-meta">{articlePlace(article, t, i18n.language)}</span>
          </>
        )}
      />
    </nav>
  )
}
