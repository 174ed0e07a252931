// Tags suggested from the article itself — places of the gazetteer, organisations, people of the
// byline, the archive's own tags — each added with one click, never on its own. A suggestion
// reuses an existing tag with the same last segment, else goes under the prefix of its kind
// (地区/湖北/武汉, 机构/…, 人物/…).
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '../../shared/article'
import { suggestTags } from '../../core/tags/suggest'
import type { TagSuggestion } from '../../core/tags/suggest'
import { tagLeaves } from '../../core/tags/suggest-name'
import type { ArchiveDatabase } from '../db/database'
import { archiveErrorMessage } from '../archive/error-message'
import type { ArchiveHistory } from '../archive/archive-history'
import { addTags } from './tagging'
import './tags.css'

export interface SuggestedTagsProps {
  database: ArchiveDatabase
  history: ArchiveHistory
  article: Article
}

export function SuggestedTags({ database, history, article }: SuggestedTagsProps) {
  const { t } = useTranslation('archive')
  const existing = useLiveQuery(() => database.tags.toCollection().primaryKeys(), [database])
  const [notice, setNotice] = useState<string | null>(null)
  const prefixes = useMemo(
    () => ({
      place: t('suggest.prefix.place'),
      organisation: t('suggest.prefix.organisation'),
      person: t('suggest.prefix.person'),
    }),
    [t],
  )
  const suggestions = useMemo(
    () =>
      suggestTags(article, {
        prefixes,
        existingTags: existing ?? [],
        exclude: tagLeaves(article.tags),
      }),
    [article, prefixes, existing],
  )
  if (suggestions.length === 0) return null

  const accept = async (suggestion: TagSuggestion) => {
    try {
      await addTags(history, [article.id], [suggestion.tag])
      setNotice(null)
    } catch (error) {
      const message = archiveErrorMessage(error)
      setNotice(t(message.key, message.params))
    }
  }

  return (
    <section className="tag-suggestions" aria-label={t('suggest.title')} title={t('suggest.hint')}>
      {suggestions.map((suggestion) => (
        <button
          key={suggestion.tag}
          type="button"
          aria-label={t('suggest.accept', { name: suggestion.name })}
          title={suggestion.tag}
          onClick={() => void accept(suggestion)}
        >
          {suggestion.name}
          <span className="kind">{t(`suggest.kind.${suggestion.kind}`)}</span>
        </button>
      ))}
      {notice !== null ? <p role="status">{notice}</p> : null}
    </section>
  )
}
