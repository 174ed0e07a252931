// The library: every article, newest import first.
import { useTranslation } from 'react-i18next'
import type { ArchiveDatabase } from '../db/database'
import { useArchiveQuery } from '../db/use-archive-query'
import { ArticleList } from './ArticleList'
import { articleHeadline, articlePlace } from './article-labels'
import type { Selection } from './selection'

export interface LibraryListProps {
  database: ArchiveDatabase
  /** Only articles with this tag or one below it (`地区/湖北` takes `地区/湖北/随州`). */
  tag: string | null
  selection: Selection
  onSelectionChange: (selection: Selection) => void
}

const noIds: readonly string[] = []

/** Newest import first; with a tag, the articles under it in the same order. */
async function libraryIds(database: ArchiveDatabase, tag: string | null): Promise<string[]> {
  if (tag === null) return database.articles.orderBy('importedAt').reverse().primaryKeys()
  const tagged = await database.articles
    .where('tags')
    .equals(tag)
    .or('tags')
    .startsWith(`${tag}/`)
    .distinct()
    .toArray()
  return tagged.sort((a, b) => b.importedAt - a.importedAt).map((article) => article.id)
}

export function LibraryList({ database, tag, selection, onSelectionChange }: LibraryListProps) {
  const { t } = useTranslation()
  const ids = useArchiveQuery(() => libraryIds(database, tag), [database, tag])
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
