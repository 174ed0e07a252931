// The workspace: the library, or the results over it while there is a query; the reader; the
// tag tree.
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { IndexProgress } from '../search/index-store'
import type { ArchiveHistory } from '../archive/archive-history'
import type { ArchiveDatabase } from '../db/database'
import { LibraryList } from '../library/LibraryList'
import { ArticleReader } from '../reader/ArticleReader'
import { SearchResults } from '../search/SearchResults'
import type { SearchClient } from '../search/search-client'
import { TagTreePanel } from '../tags/TagTreePanel'
import { useStorageMessage } from '../archive/use-storage-message'
import { CollectionPicker } from '../saved/CollectionPicker'
import { CollectionTools } from '../saved/CollectionTools'
import { SavedPanel } from '../saved/SavedPanel'
import { SaveSearchButton } from '../saved/SaveSearchButton'
import { useCollection } from '../saved/use-saved'
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
  const open = useCollection(database, workspace.collectionId)
  const storageMessage = useStorageMessage()
  // At start the search index is read once the library's first rows are (search-client.ts).
  const openSearch = useCallback(() => {
    searchClient.open()
  }, [searchClient])
  const failed = (error: unknown) => {
    show({ message: storageMessage(error), tone: 'error' })
  }
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
        onRowsRead={openSearch}
        collection={
          open === null || open === undefined ? null : { name: open.collection.name, ids: open.ids }
        }
        onClearCollection={() => {
          workspace.openCollection(null)
        }}
        collectionTools={
          open === null || open === undefined ? null : (
            <CollectionTools
              database={database}
              collectionId={open.collection.id}
              selected={[...selection.ids]}
              onFailed={failed}
            />
          )
        }
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
          actions={
            <SaveSearchButton
              database={database}
              query={query}
              sort={workspace.sort}
              onSaved={(name) => {
                show({ message: t('archive:saved.saved', { name }) })
              }}
              onFailed={failed}
            />
          }
        />
      )}
      <ArticleReader
        key={workspace.readerKey}
        sourceLine={workspace.sourceLine}
        highlightRequest={workspace.highlightRequest}
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
        extraTools={(id) => (
          <CollectionPicker
            database={database}
            articleIds={[id]}
            onAdded={(name, count) => {
              show({ message: t('archive:saved.added', { name, count }) })
            }}
            onFailed={failed}
          />
        )}
      />
      <div className="side-panels">
        <SavedPanel
          database={database}
          searchClient={searchClient}
          revision={revision}
          openCollection={workspace.collectionId}
          onOpenSearch={workspace.openSaved}
          onOpenCollection={(collection) => {
            workspace.openCollection(collection.id)
          }}
        />
        <TagTreePanel
          database={database}
          history={history}
          selected={tagFilter}
          onSelect={(name) => {
            if (workspace.collectionId !== null) workspace.openCollection(null)
            setTagFilter((current) => (current === name ? null : name))
            setQuery('')
          }}
        />
      </div>
    </main>
  )
}
