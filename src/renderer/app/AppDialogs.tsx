// The shell's modal dialogs, one at a time: import, print, delete confirmation, duplicates,
// all notes, conflicts, citations, team sharing, about.
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportRequest, NewsroomApi } from '../../shared/api/contract'
import type { ArchiveHistory } from '../archive/archive-history'
import type { ArchiveDatabase } from '../db/database'
import { ImportDialog } from '../import/ImportDialog'
import { PrintDialog } from '../print/PrintDialog'
import { AboutDialog } from './AboutDialog'
import { ConfirmDialog } from '../ui/ConfirmDialog'
import { DuplicatesDialog } from '../duplicates/DuplicatesDialog'
import { ConflictsDialog } from '../conflicts/ConflictsDialog'
import { NotesDialog } from '../notes/NotesDialog'
import { SyncDialog } from '../sync/SyncDialog'
import { deleteBroughtBack } from '../sync/brought-back'
import type { SyncRunner } from '../sync/sync-runner'

// citeproc-js and the CSL style are a third of the renderer's code and only the citation dialog
// uses them: loaded the first time it opens, not at every start.
const CitationDialog = lazy(async () => ({
  default: (await import('../citation/CitationDialog')).CitationDialog,
}))

export type AppDialog =
  | { kind: 'import' }
  | { kind: 'print'; ids: string[]; subject: string }
  | { kind: 'delete'; ids: string[] }
  | { kind: 'duplicates' }
  | { kind: 'notes' }
  | { kind: 'conflicts' }
  | { kind: 'cite'; ids: string[] }
  | { kind: 'sync' }
  | { kind: 'about' }

export interface AppDialogsProps {
  dialog: AppDialog | null
  api: NewsroomApi | null
  database: ArchiveDatabase
  history: ArchiveHistory
  syncRunner: SyncRunner | null
  onImport: (request: ImportRequest) => void
  onDelete: (ids: string[]) => void
  onOpen: (id: string) => void
  /** Runs an archive change, saying a failure in the notice bar. */
  attempt: (work: () => Promise<unknown>) => void
  onNotice: (message: string, tone?: 'error') => void
  onClose: () => void
}

export function AppDialogs(props: AppDialogsProps) {
  const { dialog, api, onClose } = props
  const { t } = useTranslation()
  if (dialog === null) return null
  switch (dialog.kind) {
    case 'import':
      return api === null ? null : (
        <ImportDialog api={api} onImport={props.onImport} onClose={onClose} />
      )
    case 'print':
      return api === null ? null : (
        <PrintDialog
          api={api}
          database={props.database}
          articleIds={dialog.ids}
          subject={dialog.subject}
          onClose={onClose}
        />
      )
    case 'delete':
      return (
        <ConfirmDialog
          message={t('archive:articles.confirmDelete', { count: dialog.ids.length })}
          confirmLabel={t('archive:change.delete')}
          cancelLabel={t('archive:tags.cancel')}
          onConfirm={() => {
            props.onDelete(dialog.ids)
          }}
          onClose={onClose}
        />
      )
    case 'duplicates':
      return <DuplicatesDialog history={props.history} onOpen={props.onOpen} onClose={onClose} />
    case 'notes':
      return <NotesDialog database={props.database} onOpen={props.onOpen} onClose={onClose} />
    case 'conflicts':
      return <ConflictsDialog history={props.history} onOpen={props.onOpen} onClose={onClose} />
    case 'cite':
      return (
        <Suspense fallback={null}>
          <CitationDialog
            api={api}
            database={props.database}
            articleIds={dialog.ids}
            onCopied={() => {
              props.onNotice(t('archive:citation.copied'))
            }}
            onSaved={(path) => {
              props.onNotice(t('archive:citation.saved', { path }))
            }}
            onFailed={(message) => {
              props.onNotice(message, 'error')
            }}
            onClose={onClose}
          />
        </Suspense>
      )
    case 'sync':
      return api === null || props.syncRunner === null ? null : (
        <SyncDialog
          api={api}
          database={props.database}
          runner={props.syncRunner}
          onDeleteBroughtBack={() => {
            const runner = props.syncRunner
            if (runner !== null) props.attempt(() => deleteBroughtBack(props.history, runner))
          }}
          onClose={onClose}
        />
      )
    case 'about':
      return api === null ? null : <AboutDialog api={api} onClose={onClose} />
  }
}
