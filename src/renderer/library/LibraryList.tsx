// The library: every article in the chosen order (import time, date, headline in pinyin order,
// or grouped by paper, date and page), narrowed by a tag or by the facets with their counts.
import { useTranslation } from 'react-i18next'
import type { Facets } from '../../core/search'
import type { ArchiveDatabase } from '../db/database'
import { useArchiveQuery } from '../db/use-archive-query'
import { FacetBar } from '../search/FacetBar'
import { ArticleList } from './ArticleList'
import { articleHeadline, articlePlace } from './article-labels'
import { libraryOrders, libraryView } from './library-order'
import type { LibraryOrder } from './library-order'
import type { Selection } from './selection'

export interface LibraryListProps {
  database: ArchiveDatabase
  /** Only articles with this tag or one below it (`地区/湖北` takes `地区/湖北/随州`). */
  tag: string | null
  order: LibraryOrder
  onOrder: (order: LibraryOrder) => void
  /** Counts over the whole archive; choosing one filters (as a search clause). */
  facets: Facets | null
  onFilter: (clause: string) => void
  selection: Selection
  onSelectionChange: (selection: Selection) => void
}

const noIds: readonly string[] = []

function isOrder(value: string): value is LibraryOrder {
  return (libraryOrders as readonly string[]).includes(value)
}

export function LibraryList(props: LibraryListProps) {
  const { database, tag, order } = props
  const { t } = useTranslation()
  const view = useArchiveQuery(() => libraryView(database, order, tag), [database, order, tag])
  return (
    <nav className="library" aria-label={t('shell.library')}>
      <header className="library-header">
        <h2 className="region-title">{t('shell.library')}</h2>
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
      </header>
      {props.facets === null ? null : (
        <details className="library-filters">
          <summary>{t('library.filters')}</summary>
          <FacetBar facets={props.facets} onRefine={props.onFilter} />
        </details>
      )}
      {view?.ids.length === 0 ? <p className="empty">{t('shell.emptyLibrary')}</p> : null}
      <ArticleList
        database={database}
        ids={view?.ids ?? noIds}
        headings={view?.headings}
        unnamedHeading={t('library.unplaced')}
        label={t('shell.library')}
        rowHeight={64}
        selection={props.selection}
        onSelectionChange={props.onSelectionChange}
        renderRow={(article) => (
          <>
            <span className="row-title">{articleHeadline(article, t)}</span>
            <span className="row-meta">{articlePlace(article)}</span>
          </>
        )}
      />
    </nav>
  )
}
