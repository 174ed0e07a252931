// Import progress (files, articles, bytes, time left, Cancel) and, when it ends, the report:
// what was added, what was a duplicate, which files failed and why, in the user's language.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportFileReport } from '../../shared/api/contract'
import type { ImportState } from './use-import'
import { formatBytes, formatDuration, remainingMs } from './progress-format'

export interface ImportPanelProps {
  state: ImportState
  onCancel: () => void
  onDismiss: () => void
}

export function ImportPanel({ state, onCancel, onDismiss }: ImportPanelProps) {
  const { t } = useTranslation()
  const now = useClock(state.running)
  if (state.jobId === null) return null
  const { files, bytes, articles } = state.progress
  const fraction = bytes.total > 0 ? bytes.done / bytes.total : 0
  const left = remainingMs(state.startedAt, now, fraction)
  const failed = state.files.filter((file) => file.error !== null)
  const warned = state.files.filter((file) => file.warnings.length > 0)
  const title = state.running
    ? t('importPanel.title')
    : state.cancelled
      ? t('importPanel.cancelledTitle')
      : t('importPanel.finished')
  return (
    <section className="import-panel" role="status" aria-live="polite" aria-label={title}>
      <header>
        <h2>{title}</h2>
        {state.running ? (
          <button type="button" onClick={onCancel}>
            {t('importPanel.cancel')}
          </button>
        ) : (
          <button type="button" onClick={onDismiss}>
            {t('importPanel.close')}
          </button>
        )}
      </header>
      <progress max={1} value={state.running ? fraction : 1} />
      <p className="import-figures">
        <span>{t('importPanel.files', { done: files.done, total: files.total })}</span>
        <span>{t('importPanel.articles', { count: articles })}</span>
        <span>
          {t('importPanel.bytes', {
            done: formatBytes(bytes.done),
            total: formatBytes(bytes.total),
          })}
        </span>
        {state.running && left !== null ? (
          <span>{t('importPanel.remaining', { time: formatDuration(left) })}</span>
        ) : null}
      </p>
      {!state.running ? (
        <p className="import-summary">
          {t('importPanel.summary', {
            added: state.added,
            duplicates: state.duplicates,
            failed: failed.length,
          })}
          {state.cancelled ? ` ${t('importPanel.keptOnCancel')}` : ''}
        </p>
      ) : null}
      {state.failure !== null ? (
        <p className="import-messages error">{t(state.failure.code, state.failure.params ?? {})}</p>
      ) : null}
      <FileMessages files={failed} kind="error" />
      <FileMessages files={warned} kind="warning" />
    </section>
  )
}

/** The current time, ticking every second while `running`, for the time-left estimate. */
function useClock(running: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => {
      setNow(Date.now())
    }, 1000)
    return () => {
      clearInterval(timer)
    }
  }, [running])
  return now
}

function FileMessages({ files, kind }: { files: ImportFileReport[]; kind: 'error' | 'warning' }) {
  const { t } = useTranslation()
  if (files.length === 0) return null
  const messages = files.flatMap((file) =>
    kind === 'error' && file.error !== null
      ? [{ file: file.file, message: file.error }]
      : file.warnings.map((warning) => ({ file: file.file, message: warning })),
  )
  return (
    <ul className={`import-messages ${kind}`}>
      {messages.slice(0, 200).map(({ file, message }, index) => (
        <li key={`${file}-${index}`}>
          {t(kind === 'error' ? 'importPanel.fileFailed' : 'importPanel.fileWarning', {
            file,
            reason: t(message.code, message.params ?? {}),
          })}
        </li>
      ))}
    </ul>
  )
}
