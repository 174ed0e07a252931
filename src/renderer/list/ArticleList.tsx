// A virtualised, multi-selectable list of articles: only the rows on screen are read from the
// archive, so 100,000 rows scroll as smoothly as ten. Used by the library and search results;
// the library's rows themselves are read a page at a time (list-rows.ts).
import { useVirtualizer } from '@tanstack/react-virtual'
import { useLiveQuery } from 'dexie-react-hooks'
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react'
import { useEffect, useRef } from 'react'
import type { Article } from '../../shared/article'
import type { ArchiveDatabase } from '../db/database'
import type { ListRows } from './list-rows'
import type { ClickModifiers, Selection } from './selection'
import { clickSelection, moveSelection, selectAll } from './selection'

export interface ArticleListProps {
  database: ArchiveDatabase
  rows: ListRows
  label: string
  rowHeight: number
  selection: Selection
  onSelectionChange: (selection: Selection) => void
  renderRow: (article: Article) => ReactNode
  rowClassName?: string
  /** Shown for the unnamed group's heading (`''`). */
  unnamedHeading?: string
  /** Rows first..last (positions in `rows`) are rendered, on screen or just beside it. */
  onRowsShown?: (first: number, last: number) => void
}

const headingHeight = 28

const isMac = /Mac/.test(navigator.platform)

export function ArticleList(props: ArticleListProps) {
  const { database, rows, label, rowHeight, selection, onSelectionChange, renderRow } = props
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.count,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => rowHeight + (rows.headingAt(index) === undefined ? 0 : headingHeight),
    overscan: 8,
  })
  // Headings arrive with the rows they stand above: sizes are measured again as rows are read.
  useEffect(() => {
    virtualizer.measure()
  }, [rows, virtualizer])
  const items = virtualizer.getVirtualItems()
  const firstShown = items[0]?.index ?? 0
  const lastShown = items.at(-1)?.index ?? -1
  const { onRowsShown } = props
  useEffect(() => {
    if (lastShown >= firstShown) onRowsShown?.(firstShown, lastShown)
  }, [firstShown, lastShown, onRowsShown])
  const visibleIds = items.flatMap((item) => rows.idAt(item.index) ?? [])
  const articles = useLiveQuery(
    () => database.articles.bulkGet(visibleIds),
    [database, visibleIds.join('|')],
  )
  const byId = new Map<string, Article>()
  for (const row of articles ?? []) if (row !== undefined) byId.set(row.id, row)

  const focusedIndex = selection.focused === null ? -1 : rows.rowOf(selection.focused)
  useEffect(() => {
    if (focusedIndex >= 0) virtualizer.scrollToIndex(focusedIndex)
  }, [focusedIndex, virtualizer])

  /** The rows from the anchor to `row` and `row` itself: what a range or a step needs. */
  const around = (row: number): Promise<string[]> => {
    const anchor = selection.anchor === null ? -1 : rows.rowOf(selection.anchor)
    const focused = Math.max(0, focusedIndex)
    const from = Math.min(row, focused, anchor < 0 ? row : anchor)
    const to = Math.max(row, focused, anchor)
    return rows.between(from, to)
  }
  const onClick = (event: MouseEvent, id: string, row: number) => {
    const modifiers: ClickModifiers = {
      range: event.shiftKey,
      toggle: isMac ? event.metaKey : event.ctrlKey,
    }
    if (!modifiers.range) onSelectionChange(clickSelection(selection, id, modifiers, [id]))
    else
      void around(row).then((order) => {
        onSelectionChange(clickSelection(selection, id, modifiers, order))
      })
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[event.key]
    if (step !== undefined) {
      event.preventDefault()
      const target = Math.min(rows.count - 1, Math.max(0, focusedIndex + step))
      void around(target).then((order) => {
        onSelectionChange(moveSelection(selection, step, event.shiftKey, order))
      })
    } else if (event.key.toLowerCase() === 'a' && (isMac ? event.metaKey : event.ctrlKey)) {
      event.preventDefault()
      void rows.all().then((all) => {
        onSelectionChange(selectAll(selection, all))
      })
    }
  }
  return (
    <div ref={scroller} className="library-scroll">
      <ul
        role="listbox"
        aria-label={label}
        aria-multiselectable="true"
        tabIndex={0}
        onKeyDown={onKeyDown}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const id = rows.idAt(item.index)
          const article = id === undefined ? undefined : (byId.get(id) ?? rows.articleOf?.(id))
          const heading = rows.headingAt(item.index)
          return (
            <li
              key={id ?? `row ${String(item.index)}`}
              role="option"
              aria-selected={id !== undefined && selection.ids.has(id)}
              aria-current={id !== undefined && id === selection.focused ? 'true' : undefined}
              className={`library-row ${props.rowClassName ?? ''}`}
              style={{ transform: `translateY(${item.start}px)`, height: item.size }}
              onClick={(event) => {
                if (id !== undefined) onClick(event, id, item.index)
              }}
            >
              {heading === undefined ? null : (
                <span className="group-heading" aria-hidden="true">
                  {heading === '' ? props.unnamedHeading : heading}
                </span>
              )}
              {article === undefined ? null : renderRow(article)}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
