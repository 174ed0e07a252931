// The duplicates view: each group of the same story (found on two pages, imported twice), with
// keep / merge for each article and “not duplicates”. Decisions are undoable through `history`.
// Text only, never HTML.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '../../shared/article'
import type { DuplicateDecision } from '../../core/archive/duplicate-decision'
import type { ArchiveDatabase } from '../db/database'
import { dismissDuplicateGroup, loadDuplicateGroups, resolveDuplicateGroup } from './duplicates'
import type { DuplicateGroupView } from './duplicates'
import { archiveErrorMessage } from '../archive/error-message'
import type { ErrorMessage } from '../archive/error-message'
import type { ArchiveHistory } from '../archive/archive-history'

export interface DuplicatesViewProps {
  database: ArchiveDatabase
  history: ArchiveHistory
  /** Opens an article in the reader. */
  onOpen?: (id: string) => void
}

function place(article: Article): string {
  return [
    article.paper,
    article.date,
    article.page === null ? null : `${article.page}`,
    article.section,
  ]
    .filter((part) => part !== null && part !== '')
    .join(' · ')
}

export function DuplicatesView({ database, history, onOpen }: DuplicatesViewProps) {
  const { t } = useTranslation('archive')
  const [groups, setGroups] = useState<DuplicateGroupView[] | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [revision, setRevision] = useState(0)
  const [loadFailure, setLoadFailure] = useState<ErrorMessage | null>(null)
  useEffect(() => {
    // Closing the view, or a decision that changes the groups, stops a search still running
    // (seconds of CPU in its worker for a large archive).
    const controller = new AbortController()
    loadDuplicateGroups(database, controller.signal).then(
      (found) => {
        setLoadFailure(null)
        setGroups(found)
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLoadFailure(archiveErrorMessage(error))
      },
    )
    return () => {
      controller.abort()
    }
  }, [database, revision])

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work()
      setNotice(null)
      setRevision((value) => value + 1)
    } catch (error) {
      const message = archiveErrorMessage(error)
      setNotice(t(message.key, message.params))
    }
  }
  const decide = (group: DuplicateGroupView, id: string, decision: DuplicateDecision) =>
    act(() => resolveDuplicateGroup(history, group.ids, id, decision))

  return (
    <section className="duplicates" aria-label={t('duplicates.title')} aria-busy={groups === null}>
      <h2 className="region-title">{t('duplicates.title')}</h2>
      {notice !== null ? <p role="status">{notice}</p> : null}
      {loadFailure !== null ? <p role="status">{t(loadFailure.key, loadFailure.params)}</p> : null}
      {groups?.length === 0 ? <p className="empty">{t('duplicates.none')}</p> : null}
      {groups?.map((group) => {
        const best = Math.max(...group.pairs.map((pair) => pair.jaccard))
        const exact = group.pairs.every((pair) => pair.exact)
        return (
          <article
            key={group.ids.join('|')}
            className="duplicate-group"
            aria-label={t('duplicates.group', { count: group.ids.length })}
          >
            <h3>
              {t('duplicates.group', { count: group.ids.length })} ·{' '}
              {exact
                ? t('duplicates.exact')
                : t('duplicates.similarity', { percent: Math.round(best * 100) })}
            </h3>
            <ul>
              {group.articles.map((article) => (
                <li key={article.id}>
                  <button
                    type="button"
                    className="duplicate-title"
                    onClick={() => onOpen?.(article.id)}
                  >
                    {article.title ?? article.blocks[0]?.text.slice(0, 30) ?? ''}
                  </button>
                  <span className="duplicate-place">{place(article)}</span>
                  <button
                    type="button"
                    title={t('duplicates.keepHint')}
                    onClick={() => void decide(group, article.id, 'keep')}
                  >
                    {t('duplicates.keep')}
                  </button>
                  <button
                    type="button"
                    title={t('duplicates.mergeHint')}
                    onClick={() => void decide(group, article.id, 'merge')}
                  >
                    {t('duplicates.merge')}
                  </button>
                </li>
              ))}
            </ul>
            <button
              type="button"
              onClick={() => void act(() => dismissDuplicateGroup(database, group))}
            >
              {t('duplicates.dismiss')}
            </button>
          </article>
        )
      })}
    </section>
  )
}
