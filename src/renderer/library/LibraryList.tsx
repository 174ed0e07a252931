// The library: every article, newest import first.
import { useTranslation } from 'react-i18next'
import type { ArchiveDatabase } from '../db/database'
import { useArchiveQuery } from '../db/use-archive-query'
import { ArticleList } from './ArticleList'
import { articleHeadline, articlePlace } from './article-labels'
import type { Selection } from './selection'

export interface LibraryListProps {
  database: ArchiveDatabase
  selection: Selection
  onSelectionChange: (selection: Selection) => void
}

const noIds: readonly string[] = []

export function LibraryList({ database, selection, onSelectionChange }: LibraryListProps) {
  const { t } = useTranslation()
  const ids = useArchiveQuery(
    () => database.articles.orderBy('importedAt').reverse().primaryKeys(),
    [database],
  )
  return (
    <nav className="library" aria-label={t('shell.library')}>
      <h2 className="region-title">{t('shell.library')}</h2>
      {ids?.length === 0 ? <p className="empty">{t('shell.emptyLibrary')}</p> : null}
      <ArticleList
        database={database}
        ids={ids ?? noIds}
        label={t('shell.library')}
        rowHeight={64}
        selection={selection}
        onSelectionChange={onSelectionChange}
        renderRow={(article) => (
          <>
            <span className="row-title">{articleHeadline(article, t)}</span>
            <span className="row-meta">{articlePlace(article)}</span>
          </>
        )}
      />
    </nav>
  )
}
