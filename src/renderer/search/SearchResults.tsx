// Search results: the count and time, facets that narrow the query, and a virtualised list in
// which each row shows the headline and a snippet with the hits marked.
import { useTranslation } from 'react-i18next'
import { bodyText } from '../../shared/article'
import type { Article } from '../../shared/article'
import { highlightFields, snippet } from '../../core/search'
import type { ArchiveDatabase } from '../db/database'
import { ArticleList } from '../list/ArticleList'
import { articleHeadline, articlePlace, hasDerivedHeadline } from '../list/article-labels'
import type { Selection } from '../list/selection'
import { FacetBar } from './FacetBar'
import { Highlighted } from './Highlighted'
import type { IndexProgress } from './index-store'
import type { SearchState } from './use-search'

export interface SearchResultsProps {
  database: ArchiveDatabase
  search: SearchState
  /** Shown while the index is still loading or being rebuilt. */
  indexProgress: IndexProgress
  selection: Selection
  onSelectionChange: (selection: Selection) => void
  onRefine: (clause: string) => void
}

const noIds: readonly string[] = []

export function SearchResults({
  database,
  search,
  indexProgress,
  selection,
  onSelectionChange,
  onRefine,
}: SearchResultsProps) {
  const { t } = useTranslation()
  const answer = search.answer
  const ids = answer?.ok === true ? answer.ids : noIds
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
      <ArticleList
        database={database}
        ids={ids}
        label={t('search.title')}
        rowHeight={92}
        rowClassName="result-row"
        selection={selection}
        onSelectionChange={onSelectionChange}
        renderRow={(article) => <ResultRow article={article} query={search.query} />}
      />
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
      <span className={hasDerivedHeadline(article) ? 'row-title derived' : 'row-title'}>
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
