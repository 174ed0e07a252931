// The workspace: the library, or the results over it while there is a query; the reader; the
// tag tree.
import { useTranslation } from 'react-i18next'
import type { IndexProgress } from '../search/index-store'
import type { ArchiveHistory } from '../archive/archive-history'
import type { ArchiveDatabase } from '../db/database'
import { LibraryList } from '../library/LibraryList'
import { ArticleReader } from '../reader/ArticleReader'
import { SearchResults } from '../search/SearchResults'
import type { SearchClient } from '../search/search-client'
import { TagTreePanel } from '../tags/TagTreePanel'
import type { Notice } from '../ui/notice'
import type { Workspace } from './use-workspace'

export interface WorkspaceViewProps {
  database: ArchiveDatabase
  history: ArchiveHistory
  searchClient: SearchClient
  revision: number
  indexProgress: IndexProgress
  workspace: Workspace
  onDelete: (ids: string[]) => void
  onCite: (ids: string[]) => void
  show: (notice: Notice) => void
}

export function WorkspaceView(props: WorkspaceViewProps) {
  const { database, history, searchClient, revision, workspace, show } = props
  const { t } = useTranslation()
  const { selection, setSelection, query, setQuery, tagFilter, setTagFilter, search } = workspace
  return (
    <main className="workspace">
      {/* The library stays mounted under the results: clearing the search shows it at once, as
          it was, instead of reading the archive's order again. */}
      <LibraryList
        hidden={query.trim() !== ''}
        database={database}
        tag={tagFilter}
        order={workspace.order}
        onOrder={workspace.setOrder}
        searchClient={searchClient}
        revision={revision}
        onClearTag={() => {
          setTagFilter(null)
        }}
        onFilter={(clause) => {
          setTagFilter(null)
          setQuery(clause)
        }}
        selection={selection}
        onSelectionChange={setSelection}
      />
      {query.trim() === '' ? null : (
        <SearchResults
          database={database}
          searchClient={searchClient}
          search={search}
          indexProgress={props.indexProgress}
          selection={selection}
          onSelectionChange={setSelection}
          onRefine={workspace.refine}
        />
      )}
      <ArticleReader
        key={workspace.readerKey}
        sourceLine={workspace.sourceLine}
        database={database}
        searchClient={searchClient}
        history={history}
        articleId={selection.focused}
        query={search.query}
        onDelete={props.onDelete}
        onCite={props.onCite}
        onFailed={(message) => {
          show({ message, tone: 'error' })
        }}
        onOpen={workspace.open}
        onCopied={() => {
          show({ message: t('reader.copied') })
        }}
      />
      <TagTreePanel
        database={database}
        history={history}
        selected={tagFilter}
        onSelect={(name) => {
          setTagFilter((current) => (current === name ? null : name))
          setQuery('')
        }}
      />
    </main>
  )
}
