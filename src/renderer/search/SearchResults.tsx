// Search results: the count and time, facets that narrow the query, and a virtualised list in
// which each row shows the headline and a snippet with the hits marked, as the worker sent them.
import { useMemo } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '../../shared/article'
import type { ArchiveDatabase } from '../db/database'
import { ArticleList } from '../list/ArticleList'
import { arrayRows } from '../list/list-rows'
import { articleHeadline, articlePlace, hasDerivedHeadline } from '../list/article-labels'
import type { Selection } from '../list/selection'
import { FacetBar } from './FacetBar'
import { Highlighted } from './Highlighted'
import type { IndexProgress } from './index-store'
import type { SearchClient } from './search-client'
import type { SearchState } from './use-search'
import { useRowMarks } from './use-row-marks'
import type { RowMarks, SearchAnswer } from './worker-messages'

export interface SearchResultsProps {
  database: ArchiveDatabase
  searchClient: SearchClient
  search: SearchState
  /** Shown while the index is still loading or being rebuilt. */
  indexProgress: IndexProgress
  selection: Selection
  onSelectionChange: (selection: Selection) => void
  onRefine: (clause: string) => void
  /** Actions of rooms above this one under the title (saving the search). */
  actions?: ReactNode
}

const noIds: readonly string[] = []

export function SearchResults({
  database,
  searchClient,
  search,
  indexProgress,
  selection,
  onSelectionChange,
  onRefine,
  actions,
}: SearchResultsProps) {
  const { t } = useTranslation()
  const answer = search.answer
  const ids = answer?.ok === true ? answer.ids : noIds
  const rows = useMemo(() => arrayRows(ids), [ids])
  const marks = useRowMarks(searchClient, search)
  return (
    <nav className="library search-results" aria-label={t('search.title')}>
      <h2 className="region-title">{t('search.title')}</h2>
      <SearchStatus search={search} />
      {actions}
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
        // A new query's results start at the top: the best matches first.
        key={search.query}
        database={database}
        rows={rows}
        label={t('search.title')}
        rowHeight={92}
        rowClassName="result-row"
        selection={selection}
        onSelectionChange={onSelectionChange}
        onRowsShown={marks.show}
        renderRow={(article) => <ResultRow article={article} marks={marks.of(article.id)} />}
      />
    </nav>
  )
}

function SearchStatus({ search }: { search: SearchState }) {
  const { t } = useTranslation()
  const answer = search.answer
  if (answer === null)
    return (
      <p className="search-status" role="status">
        {t('search.searching', { query: search.query })}
      </p>
    )
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
  return (
    <p className="search-status" aria-live="polite">
      {t(statusKey(answer), {
        count: answer.total,
        ms: answer.ms.toFixed(1),
        pending: answer.pending,
      })}
    </p>
  )
}

/** Never "0 found" while part of the archive is not indexed yet: that is not an answer. */
function statusKey(answer: Extract<SearchAnswer, { ok: true }>): string {
  if (answer.pending > 0) return answer.total === 0 ? 'search:noneYet' : 'search:resultsIndexing'
  return answer.complete ? 'search:results' : 'search:resultsPartial'
}

function ResultRow({ article, marks }: { article: Article; marks: RowMarks | undefined }) {
  const { t, i18n } = useTranslation()
  // Marks of an older version (the article was just edited) are not drawn. Every change is
  // searched again and the new answer brings new marks, also after a restore that changed the
  // text without a newer updatedAt; until then its marks stay inside the text (Highlighted).
  const current = marks?.version === article.updatedAt ? marks : undefined
  const snippet = current?.snippet
  return (
    <>
      <span className={hasDerivedHeadline(article) ? 'row-title derived' : 'row-title'}>
        {article.title !== null ? (
          <Highlighted text={article.title} ranges={current?.title ?? []} />
        ) : (
          articleHeadline(article, t)
        )}
      </span>
      <span className="row-snippet">
        {snippet === undefined ? null : (
          <>
            {snippet.cutStart ? '…' : ''}
            <Highlighted text={snippet.text} ranges={snippet.ranges} />
            {snippet.cutEnd ? '…' : ''}
          </>
        )}
      </span>
      <span className="row-meta">{articlePlace(article, t, i18n.language)}</span>
    </>
  )
}
