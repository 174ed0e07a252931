// Search results: the count and time, facets that narrow the query, and a virtualised list in
// which each row shows the headline and a snippet with the hits marked.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useLiveQuery } from 'dexie-react-hooks'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { bodyText } from '../../shared/article'
import type { Article } from '../../shared/article'
import { highlightFields, snippet } from '../../core/search'
import type { ArchiveDatabase } from '../db/database'
import { articleHeadline, articlePlace } from '../library/article-labels'
import { FacetBar } from './FacetBar'
import { Highlighted } from './Highlighted'
import type { IndexProgress } from './index-store'
import type { SearchState } from './use-search'

export interface SearchResultsProps {
  database: ArchiveDatabase
  search: SearchState
  /** Shown while the index is still loading or being rebuilt. */
  indexProgress: IndexProgress
  selectedId: string | null
  onSelect: (id: string) => void
  onRefine: (clause: string) => void
}

const rowHeight = 92

export function SearchResults({
  database,
  search,
  indexProgress,
  selectedId,
  onSelect,
  onRefine,
}: SearchResultsProps) {
  const { t } = useTranslation()
  const answer = search.answer
  const ids = answer?.ok === true ? answer.ids : []
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 6,
  })
  const items = virtualizer.getVirtualItems()
  const visibleIds = items.map((item) => ids[item.index] ?? '')
  const rows = useLiveQuery(
    () => database.articles.bulkGet(visibleIds),
    [database, visibleIds.join('|')],
  )
  const byId = new Map<string, Article>()
  for (const row of rows ?? []) if (row !== undefined) byId.set(row.id, row)

  return (
    <nav className="library search-results" aria-label={t('search.title')}>
      <h2 className="region-title">{t('search.title')}</h2>
      <SearchStatus search={search} />
      {indexProgress.phase !== 'ready' ? (
        <p className="search-status" role="status">
          {t(indexProgress.phase === 'rebuilding' ? 'search:rebuilding' : 'search:loading', {
            done: indexProgress.done,
            total: indexProgress.total,
          })}
        </p>
      ) : null}
      {answer?.ok === true && answer.facets !== null ? (
        <FacetBar facets={answer.facets} onRefine={onRefine} />
      ) : null}
      <div ref={scroller} className="library-scroll">
        <ul
          role="listbox"
          aria-label={t('search.title')}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {items.map((item) => {
            const id = ids[item.index] ?? ''
            const article = byId.get(id)
            return (
              <li
                key={id}
                role="option"
                aria-selected={id === selectedId}
                className="library-row result-row"
                style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
                onClick={() => {
                  onSelect(id)
                }}
              >
                {article ? <ResultRow article={article} query={search.query} /> : null}
              </li>
            )
          })}
        </ul>
      </div>
    </nav>
  )
}

function SearchStatus({ search }: { search: SearchState }) {
  const { t } = useTranslation()
  const answer = search.answer
  if (answer === null) return <p className="search-status">{t('search.searching')}</p>
  if (!answer.ok) {
    return (
      <p className="search-status error" role="alert">
        {t(`search:errors.${answer.error.code}`, answer.error.params)}
      </p>
    )
  }
  if (answer.total === 0 && answer.complete) {
    return <p className="search-status">{t('search:noResults', { query: search.query })}</p>
  }
  const key = answer.complete ? 'search:results' : 'search:resultsPartial'
  return (
    <p className="search-status" aria-live="polite">
      {t(key, { count: answer.total, ms: answer.ms.toFixed(1) })}
    </p>
  )
}

function ResultRow({ article, query }: { article: Article; query: string }) {
  const { t } = useTranslation()
  const body = bodyText(article)
  const marks = highlightFields(
    { kicker: article.kicker, title: article.title, subtitle: article.subtitle, body },
    query,
  )
  const excerpt = snippet(body, marks.body, 90)
  return (
    <>
      <span className="row-title">
        {article.title !== null ? (
          <Highlighted text={article.title} ranges={marks.title} />
        ) : (
          articleHeadline(article, t)
        )}
      </span>
      <span className="row-snippet">
        {excerpt.start > 0 ? '…' : ''}
        <Highlighted text={body.slice(excerpt.start, excerpt.end)} ranges={excerpt.ranges} />
        {excerpt.end < body.length ? '…' : ''}
      </span>
      <span className="row-meta">{articlePlace(article)}</span>
    </>
  )
}
