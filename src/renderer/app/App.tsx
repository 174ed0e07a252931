// The application shell: toolbar, library, reader and tag panel, the first-run screen while the
// archive is empty, import progress, and drag-and-drop import.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SortOrder } from '../../core/search'
import type { MenuCommand, NewsroomApi } from '../../shared/api/contract'
import type { ArchiveDatabase } from '../db/database'
import { useArchiveQuery } from '../db/use-archive-query'
import { FirstRun } from '../first-run/FirstRun'
import { DropZone } from '../import/DropZone'
import { ImportDialog } from '../import/ImportDialog'
import { ImportPanel } from '../import/ImportPanel'
import { useImport } from '../import/use-import'
import { LibraryList } from '../library/LibraryList'
import { SelectionBar } from '../library/SelectionBar'
import { emptySelection, selectedInOrder } from '../library/selection'
import type { Selection } from '../library/selection'
import { PrintDialog } from '../print/PrintDialog'
import { ArticleReader } from '../reader/ArticleReader'
import { SearchResults } from '../search/SearchResults'
import type { SearchClient } from '../search/search-client'
import { useIndexRevision } from '../search/use-index-revision'
import { useSearch } from '../search/use-search'
import { TagPanel } from '../tags/TagPanel'
import { Toolbar } from './Toolbar'

/** Articles printed at once, at most: a preview lays out every page. */
const maxPrintArticles = 200

export interface AppProps {
  api: NewsroomApi | null
  database: ArchiveDatabase
  /** The window's search worker. */
  searchClient: SearchClient
}

export function App({ api, database, searchClient }: AppProps) {
  const { t } = useTranslation()
  const { revision, progress, articlesStored, articlesChanged } = useIndexRevision(searchClient)
  const imports = useImport(api, database, {
    onStored: articlesStored,
    onRemoved: articlesChanged,
  })
  const [selection, setSelection] = useState<Selection>(emptySelection)
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<SortOrder>('relevance')
  const search = useSearch(searchClient, query, sort, revision)
  const refine = useCallback((clause: string) => {
    setQuery((current) => `${current.trim()} ${clause}`.trim())
  }, [])
  const searchInput = useRef<HTMLInputElement>(null)
  const count = useArchiveQuery(() => database.articles.count(), [database])

  const [importDialogOpen, setImportDialogOpen] = useState(false)
  const [printIds, setPrintIds] = useState<string[] | null>(null)
  const openImportDialog = useCallback(() => {
    setImportDialogOpen(true)
  }, [])

  const importSample = useCallback(async () => {
    if (api === null) return
    await imports.start({ paths: await api.sampleImportSources() })
  }, [api, imports])

  const importPaths = useCallback(
    (paths: string[]) => {
      if (paths.length > 0) void imports.start({ paths })
    },
    [imports],
  )

  // Print the selected articles; with one or none selected, the search results in rank order,
  // else the article open.
  const openPrint = useCallback(() => {
    const answer = search.answer
    const results = query.trim() !== '' && answer?.ok === true ? answer.ids : null
    const ids =
      selection.ids.size > 1
        ? results === null
          ? [...selection.ids]
          : selectedInOrder(selection, results)
        : (results ?? (selection.focused === null ? [] : [selection.focused]))
    if (ids.length > 0) setPrintIds(ids.slice(0, maxPrintArticles))
  }, [query, search.answer, selection])

  useEffect(() => {
    if (api === null) return
    return api.onMenuCommand((command: MenuCommand) => {
      if (command === 'import') openImportDialog()
      if (command === 'search') searchInput.current?.focus()
      if (command === 'print') openPrint()
    })
  }, [api, openImportDialog, openPrint])

  const empty = count === 0 && !imports.state.running
  return (
    <div className="app">
      <Toolbar
        api={api}
        searchInput={searchInput}
        onImport={openImportDialog}
        onPrint={openPrint}
        articleCount={count ?? 0}
        query={query}
        onQuery={setQuery}
        sort={sort}
        onSort={setSort}
      />
      {empty ? (
        <FirstRun onImport={openImportDialog} onSample={() => void importSample()} />
      ) : (
        <main className="workspace">
          {query.trim() === '' ? (
            <LibraryList
              database={database}
              selection={selection}
              onSelectionChange={setSelection}
            />
          ) : (
            <SearchResults
              database={database}
              search={search}
              indexProgress={progress}
              selection={selection}
              onSelectionChange={setSelection}
              onRefine={refine}
            />
          )}
          <ArticleReader database={database} articleId={selection.focused} query={search.query} />
          <TagPanel database={database} />
        </main>
      )}
      {selection.ids.size > 1 ? (
        <SelectionBar
          count={selection.ids.size}
          onClear={() => {
            setSelection(emptySelection)
          }}
        >
          <button type="button" onClick={openPrint}>
            {t('shell.printButton')}
          </button>
        </SelectionBar>
      ) : null}
      <ImportPanel
        state={imports.state}
        onCancel={imports.cancel}
        onDismiss={imports.dismiss}
        onReimport={(file, encoding) =>
          void imports.start({ paths: [file], encodings: { [file]: encoding } })
        }
      />
      <DropZone api={api} onPaths={importPaths} />
      {printIds !== null && api !== null ? (
        <PrintDialog
          api={api}
          database={database}
          articleIds={printIds}
          onClose={() => {
            setPrintIds(null)
          }}
        />
      ) : null}
      {importDialogOpen && api !== null ? (
        <ImportDialog
          api={api}
          onImport={(request) => void imports.start(request)}
          onClose={() => {
            setImportDialogOpen(false)
          }}
        />
      ) : null}
    </div>
  )
}
