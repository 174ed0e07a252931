// React access to the undo history: its state re-renders undo/redo menu items and buttons.
import { useSyncExternalStore } from 'react'
import type { ArchiveHistory, HistoryState } from './archive-history'

export function useHistoryState(history: ArchiveHistory): HistoryState {
  return useSyncExternalStore(
    (listener) => history.subscribe(listener),
    () => history.state,
  )
}
