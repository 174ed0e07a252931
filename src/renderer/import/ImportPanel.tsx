// Import progress (files, articles, bytes, time left, Cancel) and, when it ends, the report:
// what was added, what was a duplicate, which files failed and why, in the user's language.
import { useTranslation } from 'react-i18next'
import { encodingChoices } from '../../shared/api/contract'
import type { EncodingChoice, ImportFileReport } from '../../shared/api/contract'
import { ErrorDetail } from '../ui/ErrorDetail'
import type { ImportState } from './use-import'
import { formatBytes, formatDuration, remainingMs, useClock } from '../ui/progress-format'
import { SourceChanges } from './SourceChanges'
import { WarningReport } from './WarningReport'
import type { ArchiveHistory } from '../archive/archive-history'

export interface ImportPanelProps {
  state: ImportState
  onCancel: () => void
  onDismiss: () => void
  /** Import a file again, decoded with the encoding the user chose. */
  onReimport: (file: string, encoding: EncodingChoice) => void
  /** Open the article at a line of a file beside its source. */
  onOpenAt: (file: string, line: number | null) => void
  /** For restoring articles from their source; absent in views that only report. */
  history?: ArchiveHistory
  onFailed?: (error: unknown) => void
}

function isEncodingChoice(value: string): value is EncodingChoice {
  return (encodingChoices as readonly string[]).includes(value)
}

export function ImportPanel({
  state,
  onCancel,
  onDismiss,
  onReimport,
  onOpenAt,
  history,
  onFailed,
}: ImportPanelProps) {
  const { t } = useTranslation()
  const now = useClock(state.running)
  if (state.jobId === null) return null
  const { files, bytes, articles } = state.progress
  const fraction = bytes.total > 0 ? bytes.done / bytes.total : 0
  const left = remainingMs(state.startedAt, now, fraction)
  const failed = state.files.filter((file) => file.error !== null)
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
      {/* After a cancel the bar stays where the import stopped. */}
      <progress max={1} value={state.running || state.cancelled ? fraction : 1} />
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
        <div className="import-messages error">
          <p>{t(state.failure.code, state.failure.params ?? {})}</p>
          <ErrorDetail detail={state.failure.params?.detail} />
        </div>
      ) : null}
      <FailedFiles files={failed} />
      <WarningReport files={state.files} onOpenAt={onOpenAt} />
      {!state.running && history !== undefined ? (
        <SourceChanges
          history={history}
          changed={state.changedFromSource}
          onFailed={onFailed ?? (() => undefined)}
        />
      ) : null}
      {!state.running ? <FileEncodings files={state.files} onReimport={onReimport} /> : null}
    </section>
  )
}

/** Files that could not be imported, each with the reason in words. */
function FailedFiles({ files }: { files: ImportFileReport[] }) {
  const { t } = useTranslation()
  if (files.length === 0) return null
  const messages = files.flatMap((file) =>
    file.error !== null ? [{ file: file.file, message: file.error }] : [],
  )
  return (
    <ul className="import-messages error">
      {messages.slice(0, 200).map(({ file, message }, index) => (
        <li key={`${file}-${index}`}>
          {t('importPanel.fileFailed', {
            file,
            reason: t(message.code, message.params ?? {}),
          })}
          <ErrorDetail detail={message.params?.detail} />
        </li>
      ))}
    </ul>
  )
}

/** Each file with the encoding it was read in; choosing another imports it again with that. */
function FileEncodings({
  files,
  onReimport,
}: {
  files: ImportFileReport[]
  onReimport: (file: string, encoding: EncodingChoice) => void
}) {
  const { t } = useTranslation()
  const decoded = files.filter((file) => file.encoding !== null)
  if (decoded.length === 0) return null
  return (
    <details className="file-encodings">
      <summary>{t('importPanel.encodings', { count: decoded.length })}</summary>
      <ul>
        {decoded.slice(0, 500).map((file) => (
          <li key={file.file}>
            <span className="file-name">{file.file}</span>
            <select
              aria-label={t('importPanel.encodingOf', { file: file.file })}
              value={file.encoding ?? ''}
              onChange={(event) => {
                if (isEncodingChoice(event.target.value)) onReimport(file.file, event.target.value)
              }}
            >
              {encodingChoices.map((encoding) => (
                <option key={encoding} value={encoding}>
                  {encoding}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      <p className="hint">{t('importPanel.reimportHint')}</p>
    </details>
  )
}
