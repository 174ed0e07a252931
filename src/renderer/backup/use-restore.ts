// Restoring from the UI: choose the file, read it once to show what it would do, then, if the
// user agrees, restore it with progress, time left and Cancel; the restore is one undoable step
// ("撤销恢复") and is recorded in the archive's history. A cancel or a failure at any point
// leaves the archive as it was.
import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { NewsroomApi } from '../../shared/api/contract'
import type { ArchiveHistory } from '../archive/archive-history'
import { backupFailureNotice } from './backup-failure'
import type { Notice } from '../ui/notice'
import { openBackupFile } from './backup-flow'
import { restoreArchive, scanBackup } from './backup-restore'
import type { BackupSource, RestoreCounts, RestoreProgress } from './backup-restore'

export type RestoreState =
  | { phase: 'idle' }
  | { phase: 'preview'; file: string; counts: RestoreCounts }
  | {
      phase: RestoreProgress['phase']
      file: string
      done: number
      total: number
      startedAt: number
    }

const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError'

export function useRestore(
  api: NewsroomApi | null,
  history: ArchiveHistory,
  show: (notice: Notice) => void,
) {
  const { t } = useTranslation('archive')
  const { database } = history
  const [state, setState] = useState<RestoreState>({ phase: 'idle' })
  const open = useRef<{ source: BackupSource; close: () => Promise<void> } | null>(null)
  const abort = useRef<AbortController | null>(null)

  const progress = useCallback((file: string, startedAt: number) => {
    return (step: RestoreProgress) => {
      setState({ phase: step.phase, file, done: step.done, total: step.total, startedAt })
    }
  }, [])
  const finish = useCallback(async () => {
    abort.current = null
    const file = open.current
    open.current = null
    if (file !== null) await file.close()
  }, [])
  const failed = useCallback(
    (error: unknown) => {
      if (isAbort(error)) {
        show({ message: t('backup.cancelled') })
        return
      }
      show(backupFailureNotice(error, t))
    },
    [show, t],
  )

  /** Chooses the file and reads it once: the preview of what it would do. */
  const start = useCallback(async () => {
    if (api === null || open.current !== null) return
    const file = await openBackupFile(api)
    if (file === null) return
    open.current = file
    const controller = new AbortController()
    abort.current = controller
    try {
      const onProgress = progress(file.source.name, Date.now())
      const counts = await scanBackup(database, file.source, {
        signal: controller.signal,
        onProgress,
      })
      setState({ phase: 'preview', file: file.source.name, counts })
    } catch (error) {
      setState({ phase: 'idle' })
      await finish()
      failed(error)
    }
  }, [api, database, failed, finish, progress])

  const undo = useCallback(async () => {
    try {
      await history.undo()
      const { applied = 0, kept = 0 } = history.lastJournal ?? {}
      show({ message: t(kept > 0 ? 'backup.undoneKept' : 'backup.undone', { applied, kept }) })
    } catch (error) {
      failed(error)
    }
  }, [failed, history, show, t])

  /** Writes what the preview showed. */
  const confirm = useCallback(async () => {
    const file = open.current
    if (file === null) return
    const controller = new AbortController()
    abort.current = controller
    const startedAt = Date.now()
    try {
      const { counts, batch } = await restoreArchive(database, file.source, {
        signal: controller.signal,
        onProgress: progress(file.source.name, startedAt),
      })
      history.recordRestore(batch)
      const { added, updated, unchanged, conflicts } = counts.articles
      show({
        message: t('backup.done', { added, updated, conflicts, unchanged }),
        action: { label: t('backup.undo'), run: () => void undo() },
      })
    } catch (error) {
      failed(error)
    } finally {
      setState({ phase: 'idle' })
      await finish()
    }
  }, [database, failed, finish, history, progress, show, t, undo])

  const cancel = useCallback(() => {
    if (abort.current !== null) {
      abort.current.abort()
      return
    }
    setState({ phase: 'idle' })
    void finish()
  }, [finish])

  return { state, start, confirm, cancel }
}

export type RestoreControls = ReturnType<typeof useRestore>
