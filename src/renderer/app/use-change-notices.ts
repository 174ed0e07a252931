// Saying what a change did and offering its opposite: "已合并文章 · 撤销", "已撤销：合并文章 ·
// 重做". Edits, deletions and restores say it where they are made; tag changes show in the tags
// themselves. Messages are given by key, so they follow the interface language.
import { useEffect } from 'react'
import type { ArchiveHistory, HistoryStep } from '../archive/archive-history'
import type { Notice } from '../ui/notice'

/** Changes whose doing is said here; the others are seen where they are made. */
const saidWhenDone = new Set<HistoryStep['kind']>([
  'merge',
  'split',
  'duplicates',
  'resolveConflict',
  'restoreSource',
  'renameTag',
  'deleteTag',
])

export function changeNotice(
  step: HistoryStep,
  history: ArchiveHistory,
  attempt: (work: () => Promise<unknown>) => void,
): Notice | null {
  if (step.direction === 'done' && !saidWhenDone.has(step.kind)) return null
  const params = { kind: step.kind }
  const undo = {
    label: { key: 'archive:history.undoButton' },
    run: () => {
      attempt(() => history.undo())
    },
  }
  const redo = {
    label: { key: 'archive:history.redoButton' },
    run: () => {
      attempt(() => history.redo())
    },
  }
  switch (step.direction) {
    case 'done':
      return { message: { key: 'archive:history.done', params }, action: undo }
    case 'undone':
      return { message: { key: 'archive:history.undone', params }, action: redo }
    case 'redone':
      return { message: { key: 'archive:history.redone', params }, action: undo }
  }
}

export function useChangeNotices(
  history: ArchiveHistory,
  show: (notice: Notice) => void,
  attempt: (work: () => Promise<unknown>) => void,
): void {
  useEffect(
    () =>
      history.onStep((step) => {
        const notice = changeNotice(step, history, attempt)
        if (notice !== null) show(notice)
      }),
    [attempt, history, show],
  )
}
