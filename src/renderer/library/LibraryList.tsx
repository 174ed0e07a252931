// The library: every article, newest import first, in a virtualised list that only loads the
// rows on screen, so 100,000 articles scroll as smoothly as ten.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useLiveQuery } from 'dexie-react-hooks'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '../../shared/article'
import type { ArchiveDatabase } from '../db/database'
import { useArchiveQuery } from '../db/use-archive-query'
import { articleHeadline, articlePlace } from './article-labels'

export interface LibraryListProps {
  database: ArchiveDatabase
  selectedId: string | null
  onSelect: (id: string) => void
}

const rowHeight = 64

export function LibraryList({ database, selectedId, onSelect }: LibraryListProps) {
  const { t } = useTranslation()
  const ids = useArchiveQuery(
    () => database.articles.orderBy('importedAt').reverse().primaryKeys(),
    [database],
  )
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: ids?.length ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  })
  const items = virtualizer.getVirtualItems()
  const visibleIds = items.map((item) => ids?.[item.index] ?? '')
  const rows = useLiveQuery(
    () => database.articles.bulkGet(visibleIds),
    [database, visibleIds.join('|')],
  )
  const byId = new Map<string, Article>()
  for (const row of rows ?? []) if (row !== undefined) byId.set(row.id, row)

  return (
    <nav className="library" aria-label={t('shell.library')}>
      <h2 className="region-title">{t('shell.library')}</h2>
      {ids?.length === 0 ? <p className="empty">{t('shell.emptyLibrary')}</p> : null}
      <div ref={scroller} className="library-scroll">
        <ul
          role="listbox"
          aria-label={t('shell.library')}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {items.map((item) => {
            const id = ids?.[item.index] ?? ''
            const article = byId.get(id)
            return (
              <li
                key={id}
                role="option"
                aria-selected={id === selectedId}
                className="library-row"
                style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
                onClick={() => {
                  onSelect(id)
                }}
              >
                <span className="row-title">{article ? articleHeadline(article, t) : ''}</span>
                <span className="row-meta">{article ? articlePlace(article) : ''}</span>
              </li>
            )
          })}
        </ul>
      </div>
    </nav>
  )
}
