// The restore as it runs: checking the file, the preview of what it would do (with Restore and
// Cancel), then writing with progress, time left and Cancel. Nothing of the file's content is
// shown as HTML: counts only.
import { useTranslation } from 'react-i18next'
import { formatDuration, remainingMs, useClock } from '../ui/progress-format'
import type { RestoreControls } from './use-restore'
import './restore.css'

export function RestorePanel({ restore }: { restore: RestoreControls }) {
  const { t } = useTranslation('archive')
  const { state } = restore
  const now = useClock(state.phase !== 'idle' && state.phase !== 'preview')
  if (state.phase === 'idle') return null
  const title = t('backup.restoreTitle', { file: state.file })
  if (state.phase === 'preview') {
    const { articles, tags, untrusted } = state.counts
    return (
      <section className="restore-panel" role="dialog" aria-label={title}>
        <h2>{title}</h2>
        <p>{t('backup.preview')}</p>
        <ul>
          <li>{t('backup.willAdd', { count: articles.added })}</li>
          <li>{t('backup.willUpdate', { count: articles.updated })}</li>
          {articles.conflicts > 0 ? (
            <li className="warning">{t('backup.willConflict', { count: articles.conflicts })}</li>
          ) : null}
          <li>{t('backup.willKeep', { count: articles.unchanged })}</li>
          <li>{t('backup.willAddTags', { count: tags.added, updated: tags.updated })}</li>
          {untrusted > 0 ? (
            <li className="warning">{t('backup.untrusted', { count: untrusted })}</li>
          ) : null}
        </ul>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={() => void restore.confirm()}>
            {t('backup.confirm')}
          </button>
          <button type="button" onClick={restore.cancel}>
            {t('backup.cancel')}
          </button>
        </div>
      </section>
    )
  }
  const fraction = state.total > 0 ? state.done / state.total : 0
  const left = state.phase === 'undoing' ? null : remainingMs(state.startedAt, now, fraction)
  const label =
    state.phase === 'scanning'
      ? t('backup.scanning')
      : state.phase === 'writing'
        ? t('backup.restoring')
        : t('backup.undoing')
  return (
    <section className="restore-panel" role="status" aria-label={title}>
      <h2>{title}</h2>
      <p>{label}</p>
      <progress max={1} value={fraction} />
      {left !== null ? (
        <p className="hint">{t('backup.remaining', { time: formatDuration(left) })}</p>
      ) : null}
      {state.phase === 'undoing' ? null : (
        <button type="button" onClick={restore.cancel}>
          {t('backup.cancel')}
        </button>
      )}
    </section>
  )
}
