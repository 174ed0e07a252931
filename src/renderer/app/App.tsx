// The application shell: toolbar, library or search results, reader and tag tree; the first-run
// screen while the archive is empty; import, print, backup and the other dialogs; menu commands.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SortOrder } from '../../core/search'
import type { NewsroomApi } from '../../shared/api/contract'
import type { ArchiveHistory } from '../archive/history'
import { BackupReminderBanner } from '../archive/BackupReminderBanner'
import { onArticlesChanged } from '../archive/changes'
import { deleteArticles } from '../archive/article-edits'
import { useStorageMessage } from '../archive/use-storage-message'
import { useBackup } from '../backup/use-backup'
import type { ArchiveDatabase } from '../db/database'
import { useArchiveQuery } from '../db/use-archive-query'
import { FirstRun } from '../first-run/FirstRun'
import { DropZone } from '../import/DropZone'
import { ImportPanel } from '../import/ImportPanel'
import { articleAtLine } from '../import/locate-article'
import { useImport } from '../import/use-import'
import { LibraryList } from '../library/LibraryList'
import type { LibraryOrder } from '../library/library-order'
import { SelectionBar } from '../library/SelectionBar'
import { emptySelection, selectedInOrder } from '../library/selection'
import type { Selection } from '../library/selection'
import { ArticleReader } from '../reader/ArticleReader'
import { SearchResults } from '../search/SearchResults'
import type { SearchClient } from '../search/search-client'
import { useIndexRevision } from '../search/use-index-revision'
import { useSearch } from '../search/use-search'
import { TagInput } from '../tags/TagInput'
import { TagTreePanel } from '../tags/TagTreePanel'
import { AppDialogs } from './AppDialogs'
import type { AppDialog } from './AppDialogs'
import { NoticeBar, useNotice } from './notice'
import { Toolbar } from './Toolbar'
import { undoOrRedo } from './undo'
import { useMenuCommands } from './use-menu-commands'

/** Articles printed at once, at most: a preview lays out every page. */
const maxPrintArticles = 200

export interface AppProps {
  api: NewsroomApi | null
  database: ArchiveDatabase
  /** The window's search worker. */
  searchClient: SearchClient
  /** The window's undo history of archive changes. */
  history: ArchiveHistory
}

export function App({ api, database, searchClient, history }: AppProps) {
  const { t } = useTranslation()
  const { revision, progress, articlesStored, articlesChanged } = useIndexRevision(searchClient)
  const replaceArticles = useCallback(
    (ids: string[]) => {
      void deleteArticles(history, ids)
    },
    [history],
  )
  const imports = useImport(api, database, {
    onStored: articlesStored,
    onReplaced: replaceArticles,
  })
  const { notice, show, clear } = useNotice()
  const backup = useBackup(api, database, show)
  const [selection, setSelection] = useState<Selection>(emptySelection)
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<SortOrder>('relevance')
  const [tagFilter, setTagFilter] = useState<string | null>(null)
  const [order, setOrder] = useState<LibraryOrder>('imported')
  const search = useSearch(searchClient, query, sort, revision)
  const searchInput = useRef<HTMLInputElement>(null)
  const count = useArchiveQuery(() => database.articles.count(), [database])
  const [dialog, setDialog] = useState<AppDialog | null>(null)
  const closeDialog = useCallback(() => {
    setDialog(null)
  }, [])

  // Edits, tags, deletions and restores — here or in another window — reach the index at once.
  useEffect(
    () =>
      onArticlesChanged(database, (ids) => {
        articlesChanged(ids)
      }),
    [database, articlesChanged],
  )

  // A search index that cannot load or save is said in plain words; the archive itself is fine.
  useEffect(
    () =>
      searchClient.onFailure((detail) => {
        show({ message: t('search.failed'), detail, tone: 'error' })
      }),
    [searchClient, show, t],
  )

  const refine = useCallback((clause: string) => {
    setQuery((current) => `${current.trim()} ${clause}`.trim())
  }, [])
  /** The reader shows this article beside its source, this line in view (from the report). */
  const [sourceAt, setSourceAt] = useState<{ id: string; line: number | null } | null>(null)
  const open = useCallback((id: string) => {
    setSelection({ ids: new Set([id]), anchor: id, focused: id })
  }, [])
  const openAt = useCallback(
    (file: string, line: number | null) => {
      void articleAtLine(database, file, line).then((id) => {
        if (id === null) return
        setQuery('')
        setSourceAt({ id, line })
        open(id)
      })
    },
    [database, open],
  )

  const results = query.trim() !== '' && search.answer?.ok === true ? search.answer.ids : null
  /** The articles an action applies to: the selection, else the results, else the open one. */
  const targets = useCallback(
    (useResults: boolean): string[] => {
      if (selection.ids.size > 1) {
        return results === null ? [...selection.ids] : selectedInOrder(selection, results)
      }
      if (useResults && results !== null) return results
      return selection.focused === null ? [] : [selection.focused]
    },
    [results, selection],
  )
  const openPrint = useCallback(() => {
    const ids = targets(true)
    if (ids.length === 0) return
    if (ids.length > maxPrintArticles) {
      show({ message: t('printLimit', { count: ids.length, limit: maxPrintArticles }) })
    }
    setDialog({ kind: 'print', ids: ids.slice(0, maxPrintArticles) })
  }, [show, t, targets])
  const confirmDelete = useCallback((ids: string[]) => {
    if (ids.length > 0) setDialog({ kind: 'delete', ids })
  }, [])
  const storageMessage = useStorageMessage()
  /** Runs an archive operation; a failure (disk full, a conflict) is told, never swallowed. */
  const attempt = useCallback(
    (work: () => Promise<unknown>) => {
      work().catch((error: unknown) => {
        show({ message: storageMessage(error), tone: 'error' })
      })
    },
    [show, storageMessage],
  )
  const remove = useCallback(
    (ids: string[]) => {
      attempt(async () => {
        const outcome = await deleteArticles(history, ids)
        if (!outcome.ok) return
        setSelection(emptySelection)
        show({
          message: t('archive:articles.deleted', { count: ids.length }),
          action: {
            label: t('archive:articles.undo'),
            run: () => {
              attempt(() => history.undo())
            },
          },
        })
      })
    },
    [attempt, history, show, t],
  )

  useMenuCommands(api, {
    import: () => {
      setDialog({ kind: 'import' })
    },
    search: () => searchInput.current?.focus(),
    print: openPrint,
    undo: () => {
      attempt(() => undoOrRedo(history, 'undo'))
    },
    redo: () => {
      attempt(() => undoOrRedo(history, 'redo'))
    },
    backup: () => void backup.backUp(),
    restore: () => void backup.restore(),
    duplicates: () => {
      setDialog({ kind: 'duplicates' })
    },
    about: () => {
      setDialog({ kind: 'about' })
    },
  })

  const empty = count === 0 && !imports.state.running
  return (
    <div className="app">
      <Toolbar
        api={api}
        searchInput={searchInput}
        onImport={() => {
          setDialog({ kind: 'import' })
        }}
        onPrint={openPrint}
        articleCount={count ?? 0}
        query={query}
        onQuery={setQuery}
        sort={sort}
        onSort={setSort}
      />
      {empty ? null : (
        <BackupReminderBanner database={database} onBackUp={() => void backup.backUp()} />
      )}
      {empty ? (
        <FirstRun
          onImport={() => {
            setDialog({ kind: 'import' })
          }}
          onSample={() => {
            if (api !== null)
              void api.sampleImportSources().then((paths) => imports.start({ paths }))
          }}
        />
      ) : (
        <main className="workspace">
          {query.trim() === '' ? (
            <LibraryList
              database={database}
              tag={tagFilter}
              order={order}
              onOrder={setOrder}
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
          <ArticleReader
            key={`${selection.focused ?? ''}:${String(sourceAt?.line ?? '')}`}
            sourceLine={
              sourceAt !== null && sourceAt.id === selection.focused ? sourceAt.line : undefined
            }
            database={database}
            history={history}
            articleId={selection.focused}
            query={search.query}
            onDelete={confirmDelete}
            onFailed={(message) => {
              show({ message, tone: 'error' })
            }}
            onOpen={open}
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
      )}
      {selection.ids.size > 1 ? (
        <SelectionBar
          count={selection.ids.size}
          onClear={() => {
            setSelection(emptySelection)
          }}
        >
          <TagInput database={database} history={history} articleIds={[...selection.ids]} />
          <button type="button" onClick={openPrint}>
            {t('shell.printButton')}
          </button>
          <button
            type="button"
            onClick={() => {
              confirmDelete([...selection.ids])
            }}
          >
            {t('archive:change.delete')}
          </button>
        </SelectionBar>
      ) : null}
      {backup.busy !== null ? (
        <p className="busy-bar" role="status">
          {backup.busy}
        </p>
      ) : null}
      <NoticeBar notice={notice} onClose={clear} />
      <ImportPanel
        state={imports.state}
        onCancel={imports.cancel}
        onDismiss={imports.dismiss}
        onReimport={(file, encoding) =>
          void imports.start({ paths: [file], encodings: { [file]: encoding } })
        }
        onOpenAt={openAt}
      />
      <DropZone
        api={api}
        onPaths={(paths) => {
          if (paths.length > 0) void imports.start({ paths })
        }}
      />
      <AppDialogs
        dialog={dialog}
        api={api}
        database={database}
        history={history}
        onImport={(request) => void imports.start(request)}
        onDelete={remove}
        onOpen={open}
        onClose={closeDialog}
      />
    </div>
  )
}
