// What the workspace shows: the query and its order, the library's tag filter and order, the
// selection, the search answer, and which article the reader opens beside its source. The shell
// draws it; the hooks below it change it.
import { useCallback, useState } from 'react'
import type { SortOrder } from '../../core/search'
import type { ArchiveDatabase } from '../db/database'
import { articleAtLine } from '../import/locate-article'
import type { LibraryOrder } from '../library/library-order'
import { emptySelection, selectedInOrder } from '../list/selection'
import type { Selection } from '../list/selection'
import type { SearchClient } from '../search/search-client'
import { useSearch } from '../search/use-search'
import type { SavedSearch } from '../../core/saved/saved'
import { putSavedSearch } from '../saved/saved-store'

export interface SourceTarget {
  id: string
  line: number | null
}

export function useWorkspace(
  database: ArchiveDatabase,
  searchClient: SearchClient,
  revision: number,
) {
  const [selection, setSelection] = useState<Selection>(emptySelection)
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<SortOrder>('relevance')
  const [tagFilter, setTagFilter] = useState<string | null>(null)
  const [order, setOrder] = useState<LibraryOrder>('imported')
  /** The collection the library shows instead of the whole archive. */
  const [collectionId, setCollectionId] = useState<string | null>(null)
  /** The reader shows this article beside its source, this line in view (from the report). */
  const [sourceAt, setSourceAt] = useState<SourceTarget | null>(null)
  /** Counts the menu's highlight commands, for the reader to act on the selected words. */
  const [highlightRequest, setHighlightRequest] = useState(0)
  const requestHighlight = useCallback(() => {
    setHighlightRequest((count) => count + 1)
  }, [])
  const search = useSearch(searchClient, query, sort, revision)

  const refine = useCallback((clause: string) => {
    setQuery((current) => `${current.trim()} ${clause}`.trim())
  }, [])
  /** A saved search: its query and order on screen, and marked as looked at now. */
  const openSaved = useCallback(
    (saved: SavedSearch) => {
      setTagFilter(null)
      setCollectionId(null)
      setSort(saved.sort)
      setQuery(saved.query)
      void putSavedSearch(database, { ...saved, seenAt: Date.now() })
    },
    [database],
  )
  const openCollection = useCallback((id: string | null) => {
    setTagFilter(null)
    setQuery('')
    setCollectionId(id)
  }, [])
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
  /** The line the reader brings into view, when it opens the article the report pointed at. */
  const sourceLine =
    sourceAt !== null && sourceAt.id === selection.focused ? sourceAt.line : undefined
  return {
    selection,
    setSelection,
    query,
    setQuery,
    sort,
    setSort,
    tagFilter,
    setTagFilter,
    collectionId,
    openCollection,
    openSaved,
    order,
    setOrder,
    search,
    refine,
    open,
    openAt,
    targets,
    sourceLine,
    highlightRequest,
    requestHighlight,
    readerKey: `${selection.focused ?? ''}:${String(sourceAt?.line ?? '')}`,
  }
}

export type Workspace = ReturnType<typeof useWorkspace>
