// The tag panel: every tag with the number of articles carrying it, in pinyin order.
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { ArchiveDatabase } from '../db/database'

const collator = new Intl.Collator('zh')

export function TagPanel({ database }: { database: ArchiveDatabase }) {
  const { t } = useTranslation()
  const counts = useLiveQuery(async () => {
    const names = (await database.tags.toCollection().primaryKeys()).sort(collator.compare)
    return Promise.all(
      names.map(async (name) => ({
        name,
        count: await database.articles.where('tags').equals(name).count(),
      })),
    )
  }, [database])
  return (
    <aside className="tag-panel" aria-label={t('shell.tags')}>
      <h2 className="region-title">{t('shell.tags')}</h2>
      {counts?.length === 0 ? <p className="empty">{t('shell.noTags')}</p> : null}
      <ul>
        {counts?.map((tag) => (
          <li key={tag.name}>
            <span>{tag.name}</span> <span className="count">{tag.count}</span>
          </li>
        ))}
      </ul>
    </aside>
  )
}
