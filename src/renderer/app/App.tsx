// The application shell: toolbar, library or search results, reader and tag tree; the first-run
// screen while the archive is empty; import, print, backup and the other dialogs; menu commands.
import { useCallback, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { NewsroomApi } from '../../shared/api/contract'
import type { ArchiveHistory } from '../archive/archive-history'
import { BackupReminderBanner } from '../backup/BackupReminderBanner'
import { onArticlesChanged } from '../archive/change-announcements'
import { deleteArticles } from '../archive/article-edits'
import { RestorePanel } from '../backup/RestorePanel'
import { useBackup } from '../backup/use-backup'
import { useStorageMessage } from '../archive/use-storage-message'
import { useRestore } from '../backup/use-restore'
import { useSettleJournals } from '../backup/use-settle-journals'
import { useConflictCount } from '../conflicts/use-conflicted'
import type { ArchiveDatabase } from '../db/database'
import { articleCount } from '../db/article-memo'
import { useArchiveQuery } from '../db/use-archive-query'
import { FirstRun } from '../first-run/FirstRun'
import { DropZone } from '../import/DropZone'
import { ImportPanel } from '../import/ImportPanel'
import { useImport } from '../import/use-import'
import { emptySelection } from '../list/selection'
import type { SearchClient } from '../search/search-client'
import { useIndexRevision } from '../search/use-index-revision'
import { tagCensus } from '../tags/tag-census'
import { AppDialogs } from './AppDialogs'
import { SelectionActions } from './SelectionActions'
import { WorkspaceView } from './WorkspaceView'
import { useAppDialogs } from './use-app-dialogs'
import { useWorkspace } from './use-workspace'
import { NoticeBar, useNotice } from '../ui/notice'
import { Toolbar } from './Toolbar'
import { undoOrRedo } from './undo'
import { useMenuCommands } from './use-menu-commands'
import { useSyncRunner } from '../sync/use-sync'
import { useBroughtBackNotice } from '../sync/brought-back'
import { useChangeNotices } from './use-change-notices'

export interface AppProps {
  api: NewsroomApi | null
  database: ArchiveDatabase
  /** The window's search worker. */
  searchClient: SearchClient
  /** The window's undo history of archive changes. */
  history: ArchiveHistory
}

/** After the search index is ready; a tag filter before then reads the keys itself. */
const ORDER_KEYS_DELAY_MS = 5000

export function App({ api, database, searchClient, history }: AppProps) {
  const { t } = useTranslation()
  const { revision, progress, articlesStored, articlesChanged } = useIndexRevision(searchClient)
  // The tagged articles' order keys (for tag filters) are read a little after the start's own
  // reading is done: the search index, then the rows of a search typed meanwhile.
  const indexReady = progress.phase === 'ready'
  useEffect(() => {
    if (!indexReady) return
    const timer = setTimeout(() => void tagCensus(database).loadOrderKeys(), ORDER_KEYS_DELAY_MS)
    return () => {
      clearTimeout(timer)
    }
  }, [indexReady, database])
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
  const { notice, show, clear, hold, round } = useNotice()
  const backup = useBackup(api, database, show)
  const restore = useRestore(api, history, show)
  const workspace = useWorkspace(database, searchClient, revision)
  const { selection, setSelection, query, setQuery } = workspace
  const dialogs = useAppDialogs({
    history,
    show,
    targets: workspace.targets,
    query,
    setSelection,
  })
  const { openPrint, confirmDelete, attempt, setDialog: openDialog } = dialogs
  const cite = useCallback(
    (ids: string[]) => {
      if (ids.length > 0) openDialog({ kind: 'cite', ids })
    },
    [openDialog],
  )
  useChangeNotices(history, show, attempt)
  const storageMessage = useStorageMessage()
  const storageFailed = useCallback(
    (error: unknown) => {
      show({ message: storageMessage(error), tone: 'error' })
    },
    [show, storageMessage],
  )
  useSettleJournals(database, show, storageFailed)
  const searchInput = useRef<HTMLInputElement>(null)
  const count = useArchiveQuery(database, () => articleCount(database), [database])
  const conflictCount = useConflictCount(database)
  const syncRunner = useSyncRunner(api, database)
  useBroughtBackNotice(syncRunner, history, show, attempt)

  // Edits, tags, deletions and restores — here or in another window — reach the index at once.
  useEffect(
    () =>
      onArticlesChanged(database, (ids, kind) => {
        articlesChanged(ids, kind === 'retagged')
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

  const { setDialog } = dialogs
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
    restore: () => void restore.start(),
    duplicates: () => {
      setDialog({ kind: 'duplicates' })
    },
    highlight: workspace.requestHighlight,
    notes: () => {
      setDialog({ kind: 'notes' })
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
        sort={workspace.sort}
        onSort={workspace.setSort}
        conflictCount={conflictCount}
        onConflicts={() => {
          setDialog({ kind: 'conflicts' })
        }}
        syncRunner={syncRunner}
        onSync={() => {
          setDialog({ kind: 'sync' })
        }}
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
          onRestore={() => void restore.start()}
        />
      ) : (
        <WorkspaceView
          database={database}
          history={history}
          searchClient={searchClient}
          revision={revision}
          indexProgress={progress}
          workspace={workspace}
          onDelete={confirmDelete}
          onCite={cite}
          show={show}
        />
      )}
      <SelectionActions
        database={database}
        history={history}
        selection={selection}
        onClear={() => {
          setSelection(emptySelection)
        }}
        onPrint={openPrint}
        onCite={cite}
        onDelete={confirmDelete}
        onAdded={(name, count) => {
          show({ message: t('archive:saved.added', { name, count }) })
        }}
        onFailed={storageFailed}
      />
      {backup.busy !== null ? (
        <p className="busy-bar" role="status">
          {backup.busy}
        </p>
      ) : null}
      <RestorePanel restore={restore} />
      <NoticeBar notice={notice} onClose={clear} onHold={hold} round={round} />
      <ImportPanel
        state={imports.state}
        onCancel={imports.cancel}
        onDismiss={imports.dismiss}
        onReimport={(file, encoding) =>
          void imports.start({ paths: [file], encodings: { [file]: encoding } })
        }
        onOpenAt={workspace.openAt}
        history={history}
        onFailed={storageFailed}
      />
      <DropZone
        api={api}
        onPaths={(paths) => {
          if (paths.length > 0) void imports.start({ paths })
        }}
      />
      <AppDialogs
        dialog={dialogs.dialog}
        api={api}
        database={database}
        history={history}
        syncRunner={syncRunner}
        onImport={(request) => void imports.start(request)}
        onDelete={dialogs.remove}
        onOpen={workspace.open}
        attempt={attempt}
        onNotice={(message, tone) => {
          show(tone === undefined ? { message } : { message, tone })
        }}
        onClose={dialogs.close}
      />
    </div>
  )
}
