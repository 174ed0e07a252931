// The rows a list shows, by position: all in memory (search results, a collection) or read a
// page at a time from the archive (the library). A row not read yet has no id; the list draws
// it empty and asks for it.
import type { Article } from '../../shared/article'

export interface ListRows {
  readonly count: number
  /** The id at a row, or undefined while that row is not read. */
  idAt(row: number): string | undefined
  /** The group heading that starts at a row (`''`: the unnamed group). */
  headingAt(row: number): string | undefined
  /** The row of an id among the rows read, or -1. */
  rowOf(id: string): number
  /** The ids of rows `from` to `to` inclusive, read where needed. */
  between(from: number, to: number): Promise<string[]>
  /** Every id (Ctrl/Cmd+A). */
  all(): Promise<string[]>
  /** An article read with the rows, drawn until the list has read it itself. */
  articleOf?: (id: string) => Article | undefined
}

export function arrayRows(
  ids: readonly string[],
  headings: ReadonlyMap<number, string> = new Map(),
): ListRows {
  return {
    count: ids.length,
    idAt: (row) => ids[row],
    headingAt: (row) => headings.get(row),
    rowOf: (id) => ids.indexOf(id),
    between: (from, to) => Promise.resolve(ids.slice(from, to + 1)),
    all: () => Promise.resolve([...ids]),
  }
}
