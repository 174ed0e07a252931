// A virtualised, multi-selectable list of articles: only the rows on screen are read from the
// archive, so 100,000 ids scroll as smoothly as ten. Used by the library and search results.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useLiveQuery } from 'dexie-react-hooks'
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react'
import { useEffect, useRef } from 'react'
import type { Article } from '../../shared/article'
import type { ArchiveDatabase } from '../db/database'
import type { Selection } from './selection'
import { clickSelection, moveSelection, selectAll } from './selection'

export interface ArticleListProps {
  database: ArchiveDatabase
  ids: readonly string[]
  label: string
  rowHeight: number
  selection: Selection
  onSelectionChange: (selection: Selection) => void
  renderRow: (article: Article) => ReactNode
  rowClassName?: string
  /** Group headings shown above the rows where a group starts (`''`: the unnamed group). */
  headings?: ReadonlyMap<number, string>
  unnamedHeading?: string
  /** Rows first..last (indexes into `ids`) are rendered, on screen or just beside it. */
  onRowsShown?: (first: number, last: number) => void
}

const headingHeight = 28

const isMac = /Mac/.test(navigator.platform)

export function ArticleList(props: ArticleListProps) {
  const { database, ids, label, rowHeight, selection, onSelectionChange, renderRow } = props
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => rowHeight + (props.headings?.has(index) === true ? headingHeight : 0),
    overscan: 8,
  })
  useEffect(() => {
    virtualizer.measure()
  }, [props.headings, virtualizer])
  const items = virtualizer.getVirtualItems()
  const firstShown = items[0]?.index ?? 0
  const lastShown = items.at(-1)?.index ?? -1
  const { onRowsShown } = props
  useEffect(() => {
    if (lastShown >= firstShown) onRowsShown?.(firstShown, lastShown)
  }, [firstShown, lastShown, onRowsShown])
  const visibleIds = items.map((item) => ids[item.index] ?? '')
  const rows = useLiveQuery(
    () => database.articles.bulkGet(visibleIds),
    [database, visibleIds.join('|')],
  )
  const byId = new Map<string, Article>()
  for (const row of rows ?? []) if (row !== undefined) byId.set(row.id, row)

  const focusedIndex = selection.focused === null ? -1 : ids.indexOf(selection.focused)
  useEffect(() => {
    if (focusedIndex >= 0) virtualizer.scrollToIndex(focusedIndex)
  }, [focusedIndex, virtualizer])

  const onClick = (event: MouseEvent, id: string) => {
    const toggle = isMac ? event.metaKey : event.ctrlKey
    onSelectionChange(clickSelection(selection, id, { range: event.shiftKey, toggle }, ids))
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[event.key]
    if (step !== undefined) {
      event.preventDefault()
      onSelectionChange(moveSelection(selection, step, event.shiftKey, ids))
    } else if (event.key.toLowerCase() === 'a' && (isMac ? event.metaKey : event.ctrlKey)) {
      event.preventDefault()
      onSelectionChange(selectAll(selection, ids))
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
          const id = ids[item.index] ?? ''
          const article = byId.get(id)
          const heading = props.headings?.get(item.index)
          return (
            <li
              key={id}
              role="option"
              aria-selected={selection.ids.has(id)}
              aria-current={id === selection.focused ? 'true' : undefined}
              className={`library-row ${props.rowClassName ?? ''}`}
              style={{ transform: `translateY(${item.start}px)`, height: item.size }}
              onClick={(event) => {
                onClick(event, id)
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
