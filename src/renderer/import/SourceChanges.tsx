// After re-importing a file: the articles here that were corrected or merged in from a backup
// and no longer match what the file says. Each can be put back as the source has it (tags kept),
// one by one or all at once; every restore is undoable.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArchiveHistory } from '../archive/archive-history'
import { restoreArticleFromSource } from '../archive/article-edits'
import type { ChangedFromSource } from './store-batch'

export interface SourceChangesProps {
  history: ArchiveHistory
  changed: readonly ChangedFromSource[]
  onFailed: (error: unknown) => void
}

export function SourceChanges({ history, changed, onFailed }: SourceChangesProps) {
  const { t } = useTranslation()
  const [restored, setRestored] = useState<ReadonlySet<string>>(new Set())
  const open = changed.filter((item) => !restored.has(item.id))
  if (open.length === 0) return null
  const restore = async (items: readonly ChangedFromSource[]) => {
    try {
      for (const item of items) await restoreArticleFromSource(history, item.id, item.source)
      setRestored((current) => new Set([...current, ...items.map((item) => item.id)]))
    } catch (error) {
      onFailed(error)
    }
  }
  return (
    <details className="source-changes" open>
      <summary>{t('importPanel.changedFromSource', { count: open.length })}</summary>
      <p className="hint">{t('importPanel.changedHint')}</p>
      <ul>
        {open.slice(0, 100).map((item) => (
          <li key={item.id}>
            <span>{item.title}</span>
            <button type="button" onClick={() => void restore([item])}>
              {t('importPanel.restoreFromSource')}
            </button>
          </li>
        ))}
      </ul>
      {open.length > 1 ? (
        <button type="button" onClick={() => void restore(open)}>
          {t('importPanel.restoreAllFromSource', { count: open.length })}
        </button>
      ) : null}
    </details>
  )
}
