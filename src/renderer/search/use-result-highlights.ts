// The marks of the result rows: the first page's come with the answer; rows scrolled to beyond
// it are asked for a page at a time, once per answer. Every mark is the worker's.
import { useCallback, useMemo, useRef, useState } from 'react'
import type { SearchClient } from './search-client'
import type { SearchState } from './use-search'
import { resultPage } from './use-search'
import type { ResultHighlights, SearchAnswer } from './worker-messages'

type ById = ReadonlyMap<string, ResultHighlights>

export interface ResultHighlightsOf {
  /** The marks of a row, if they have arrived. */
  of: (id: string) => ResultHighlights | undefined
  /** Rows first..last are on screen: ask for the marks they lack. */
  show: (first: number, last: number) => void
}

const byId = (list: readonly ResultHighlights[]): ById => new Map(list.map((h) => [h.id, h]))

export function useResultHighlights(client: SearchClient, search: SearchState): ResultHighlightsOf {
  const answer = search.answer
  const inline = useMemo(() => byId(answer?.ok === true ? answer.highlights : []), [answer])
  const [later, setLater] = useState<{ answer: SearchAnswer | null; byId: ById }>({
    answer: null,
    byId: new Map(),
  })
  const asked = useRef<{ answer: SearchAnswer | null; pages: Set<number> }>({
    answer: null,
    pages: new Set(),
  })
  const query = search.query
  const show = useCallback(
    (first: number, last: number) => {
      if (answer?.ok !== true) return
      if (asked.current.answer !== answer) asked.current = { answer, pages: new Set() }
      const { pages } = asked.current
      for (
        let page = Math.floor(first / resultPage);
        page <= Math.floor(last / resultPage);
        page++
      ) {
        const ids = answer.ids.slice(page * resultPage, (page + 1) * resultPage)
        if (pages.has(page) || ids.every((id) => inline.has(id))) continue
        pages.add(page)
        void client.resultHighlights(query, ids).then((rows) => {
          setLater((current) => {
            const kept = current.answer === answer ? [...current.byId.values()] : []
            return { answer, byId: byId([...kept, ...rows]) }
          })
        })
      }
    },
    [client, answer, inline, query],
  )
  const of = useCallback(
    (id: string) => inline.get(id) ?? (later.answer === answer ? later.byId.get(id) : undefined),
    [inline, later, answer],
  )
  return { of, show }
}
