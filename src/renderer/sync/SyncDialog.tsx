// 团队共享: the bureau server (address, database, user, password — the password goes to main and
// its keychain, and is never shown again), the part of it this laptop keeps, the sync status,
// 立即同步 and 断开.
import { useState } from 'react'
import type { SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { NewsroomApi } from '../../shared/api/contract'
import type { SyncServerError, SyncServerInfo } from '../../shared/api/sync'
import { Modal } from '../ui/Modal'
import type { ArchiveDatabase } from '../db/database'
import { Field } from './Field'
import { ScopeForm } from './ScopeForm'
import type { SyncRunner } from './sync-runner'
import { SyncStatusLine } from './SyncStatusLine'
import { useSyncStatus } from './use-sync'
import './sync.css'

export interface SyncDialogProps {
  api: NewsroomApi
  database: ArchiveDatabase
  runner: SyncRunner
  /** Deletes again the articles a colleague's edit brought back. */
  onDeleteBroughtBack: () => void
  onClose: () => void
}

function ServerForm({
  api,
  server,
  onSaved,
}: {
  api: NewsroomApi
  server: SyncServerInfo | null
  onSaved: () => void
}) {
  const { t } = useTranslation('sync')
  const [url, setUrl] = useState(server?.url ?? '')
  const [database, setDatabase] = useState(server?.database ?? '')
  const [user, setUser] = useState(server?.user ?? '')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<SyncServerError | null>(null)
  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    void api
      .setSyncServer({ url, database, user, password })
      .then((result) => {
        if (result.ok) {
          setPassword('')
          onSaved()
        } else setError(result.error)
      })
      .catch(() => {
        setError('unreachable')
      })
      .finally(() => {
        setBusy(false)
      })
  }
  return (
    <form onSubmit={submit}>
      <div className="form-fields">
        <Field label={t('url')} value={url} onChange={setUrl} wide hint={t('urlHint')} />
        <Field label={t('database')} value={database} onChange={setDatabase} />
        <Field label={t('user')} value={user} onChange={setUser} autoComplete="username" />
        <Field
          label={t('password')}
          value={password}
          onChange={setPassword}
          type="password"
          autoComplete="current-password"
        />
      </div>
      <p className="hint">{t('passwordKept')}</p>
      {error === null ? null : <p role="alert">{t(`errors.${error}`)}</p>}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('connecting') : t('connect')}
        </button>
      </div>
    </form>
  )
}

export function SyncDialog({
  api,
  database,
  runner,
  onDeleteBroughtBack,
  onClose,
}: SyncDialogProps) {
  const { t } = useTranslation('sync')
  const status = useSyncStatus(runner)
  const server = status?.server ?? null
  const restart = () => void runner.restart()
  return (
    <Modal className="sync-dialog" label={t('title')} onClose={onClose}>
      <h2>{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      {status === null ? null : (
        <SyncStatusLine
          status={status}
          onBroughtBack={(deleteAgain) => {
            if (deleteAgain) onDeleteBroughtBack()
            else runner.answerBroughtBack()
          }}
        />
      )}
      {server === null ? null : (
        <p>{t('connected', { url: server.url, database: server.database, user: server.user })}</p>
      )}
      <ServerForm key={server?.url ?? ''} api={api} server={server} onSaved={restart} />
      <ScopeForm
        database={database}
        onSaved={() => {
          runner.syncNow()
        }}
      />
      <footer>
        {status?.phase === 'syncing' ? (
          <button
            type="button"
            onClick={() => {
              void runner.pause()
            }}
          >
            {t('pause')}
          </button>
        ) : null}
        {server === null ? null : (
          <>
            <button
              type="button"
              onClick={() => {
                runner.syncNow()
              }}
            >
              {t('syncNow')}
            </button>
            <button
              type="button"
              onClick={() => {
                void api.forgetSyncServer().then(restart)
              }}
            >
              {t('disconnect')}
            </button>
          </>
        )}
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </footer>
    </Modal>
  )
}
