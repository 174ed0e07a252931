// The tag census of the archive as React state: re-renders when an article's tags change.
import { useCallback, useSyncExternalStore } from 'react'
import type { ArchiveDatabase } from '../db/database'
import { tagCensus } from './tag-census'
import type { TagCensusState } from './tag-census'

export function useTagCensus(database: ArchiveDatabase): TagCensusState {
  const census = tagCensus(database)
  const subscribe = useCallback((notify: () => void) => census.subscribe(notify), [census])
  return useSyncExternalStore(subscribe, () => census.state)
}
