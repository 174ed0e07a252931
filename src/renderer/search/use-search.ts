// Results as you type: each keystroke waits briefly, then asks the worker for the first page
// (shown at once) and then for every result with exact counts and facets; both answers bring
// the marks of the rows shown first. Searches for older queries are cancelled, and an answer is
// shown only with the query it belongs to: while a new query is pending, there is no answer and
// the results say they are searching (never the previous query's list and count).
import { useEffect, useRef, useState } from 'react'
import type { SortOrder } from '../../core/search'
import type { SearchClient } from './search-client'
import type { SearchAnswer } from './worker-messages'

export interface SearchState {
  /** The query the answer belongs to. */
  query: string
  answer: SearchAnswer | null
  searching: boolean
}

interface Answered {
  query: string
  answer: SearchAnswer
  final: boolean
}

const debounceMs = 120
/** Rows in the first page, and in each page of marks asked for as the results scroll. */
export const resultPage = 50
const everything = 1_000_000

export function useSearch(
  client: SearchClient,
  query: string,
  sort: SortOrder,
  revision: number,
): SearchState {
  const [answered, setAnswered] = useState<Answered | null>(null)
  const sequence = useRef(0)
  const trimmed = query.trim()
  useEffect(() => {
    const current = ++sequence.current
    if (trimmed === '') return
    // Typing on drops this query's searches, also those the worker has not begun.
    const controller = new AbortController()
    const timer = setTimeout(() => {
      const ask = (firstPage: boolean) =>
        client.search(
          {
            query: trimmed,
            sort,
            firstPage,
            limit: firstPage ? resultPage : everything,
            facets: !firstPage,
            // The full answer may rank other articles first: it brings their marks too.
            markedRows: resultPage,
          },
          controller.signal,
        )
      const show = (answer: SearchAnswer, final: boolean) => {
        if (current === sequence.current) setAnswered({ query: trimmed, answer, final })
      }
      ask(true)
        .then(async (first) => {
          show(first, !first.ok)
          if (first.ok) show(await ask(false), true)
        })
        // Dropped, or the worker is gone (which it tells through onFailure): nothing to show.
        .catch(() => undefined)
    }, debounceMs)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [client, trimmed, sort, revision])
  if (trimmed === '') return { query: '', answer: null, searching: false }
  const current = answered?.query === trimmed ? answered : null
  return {
    query: trimmed,
    answer: current?.answer ?? null,
    searching: current === null || !current.final,
  }
}
