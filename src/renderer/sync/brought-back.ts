// Articles deleted here that a colleague's edit brought back (core/sync/merge.ts broughtBack):
// the user is asked, in a notice when they arrive and in 团队共享 until answered, whether to
// keep them or delete them again — a deletion like any other, undoable, which sync then sends.
import { useEffect, useRef } from 'react'
import { deleteArticles } from '../archive/article-edits'
import type { ArchiveHistory } from '../archive/archive-history'
import type { Notice } from '../ui/notice'
import type { SyncRunner } from './sync-runner'

export async function deleteBroughtBack(history: ArchiveHistory, runner: SyncRunner) {
  const ids = runner.status.broughtBack
  if (ids.length > 0) await deleteArticles(history, ids)
  runner.answerBroughtBack()
}

/** Shows the question when articles come back. */
export function useBroughtBackNotice(
  runner: SyncRunner | null,
  history: ArchiveHistory,
  show: (notice: Notice) => void,
  attempt: (work: () => Promise<unknown>) => void,
): void {
  const asked = useRef(0)
  useEffect(() => {
    if (runner === null) return
    return runner.subscribe(() => {
      const count = runner.status.broughtBack.length
      if (count > asked.current)
        show({
          message: { key: 'sync:broughtBack', params: { count } },
          action: {
            label: { key: 'sync:deleteBroughtBack' },
            run: () => {
              attempt(() => deleteBroughtBack(history, runner))
            },
          },
        })
      asked.current = count
    })
  }, [runner, history, show, attempt])
}
