// The marks of the result rows: the first page's come with the answer; rows scrolled to beyond
// it are asked for a page at a time, once per answer. Every mark is the worker's.
import { useCallback, useMemo, useRef, useState } from 'react'
import type { SearchClient } from './search-client'
import type { SearchState } from './use-search'
import { resultPage } from './use-search'
import type { RowMarks, SearchAnswer } from './worker-messages'

type ById = ReadonlyMap<string, RowMarks>

export interface RowMarksOf {
  /** The marks of a row, if they have arrived. */
  of: (id: string) => RowMarks | undefined
  /** Rows first..last are on screen: ask for the marks they lack. */
  show: (first: number, last: number) => void
}

interface Asked {
  answer: SearchAnswer | null
  pages: Set<number>
}

const byId = (list: readonly RowMarks[]): ById => new Map(list.map((marks) => [marks.id, marks]))

/** The pages of `resultPage` rows that rows first..last fall in. */
function pagesOf(first: number, last: number): number[] {
  const pages: number[] = []
  for (let page = Math.floor(first / resultPage); page <= Math.floor(last / resultPage); page++)
    pages.push(page)
  return pages
}

export function useRowMarks(client: SearchClient, search: SearchState): RowMarksOf {
  const { answer, query } = search
  const inline = useMemo(() => byId(answer?.ok === true ? answer.marks : []), [answer])
  const [later, setLater] = useState<{ answer: SearchAnswer | null; byId: ById }>({
    answer: null,
    byId: new Map(),
  })
  // Which pages were asked for, for the latest answer rows were shown of.
  const asked = useRef<Asked>({ answer: null, pages: new Set() })
  const show = useCallback(
    (first: number, last: number) => {
      if (answer?.ok !== true) return
      if (asked.current.answer !== answer) asked.current = { answer, pages: new Set() }
      const { pages } = asked.current
      for (const page of pagesOf(first, last)) {
        const ids = answer.ids.slice(page * resultPage, (page + 1) * resultPage)
        if (pages.has(page) || ids.every((id) => inline.has(id))) continue
        pages.add(page)
        client.markRows(query, ids).then(
          (marks) => {
            setLater((current) => {
              // Late for an answer already replaced: its rows are not shown any more.
              if (asked.current.answer !== answer) return current
              const kept = current.answer === answer ? [...current.byId.values()] : []
              return { answer, byId: byId([...kept, ...marks]) }
            })
          },
          // The worker is gone (which it tells through onFailure): the rows stay unmarked.
          () => undefined,
        )
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
