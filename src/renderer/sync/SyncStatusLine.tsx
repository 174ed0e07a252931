// 团队共享's status in one sentence, what is waiting, and the question about articles that came
// back after being deleted here.
import { useTranslation } from 'react-i18next'
import type { SyncStatus } from './sync-status'

/** The status in one sentence, and what is waiting; `onBroughtBack` answers the question about
 * articles that came back (keep: false, delete again: true). */
export function SyncStatusLine({
  status,
  onBroughtBack,
}: {
  status: SyncStatus
  onBroughtBack?: (deleteAgain: boolean) => void
}) {
  const { t, i18n } = useTranslation('sync')
  const when = (at: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(at)
  let line: string
  switch (status.phase) {
    case 'off':
      line = t('status.off')
      break
    case 'syncing':
      line = t('status.syncing', {
        pulled: status.progress?.pulled ?? 0,
        pushed: status.progress?.pushed ?? 0,
      })
      break
    case 'idle':
      line =
        status.lastSyncAt === null
          ? t('status.idleNever')
          : t('status.idle', { when: when(status.lastSyncAt) })
      break
    case 'offline':
      line = t('status.offline')
      break
    case 'failed':
      line = t(`status.failed.${status.failure ?? 'server'}`)
      break
    case 'paused':
      line = t('status.paused')
  }
  const fraction = status.phase === 'syncing' ? (status.progress?.pullFraction ?? null) : null
  return (
    <div className="sync-status" role="status" aria-label={t('title')}>
      <p>{line}</p>
      {fraction === null ? null : (
        <p>
          <progress max={1} value={fraction} aria-label={t('receiving')} />{' '}
          {t('receivedShare', { percent: Math.round(fraction * 100) })}
        </p>
      )}
      {status.phase !== 'off' && status.pending > 0 ? (
        <p>{t('pending', { count: status.pending })}</p>
      ) : null}
      {status.conflicts > 0 ? <p>{t('conflicts', { count: status.conflicts })}</p> : null}
      {status.revived > 0 ? <p>{t('revived', { count: status.revived })}</p> : null}
      {status.broughtBack.length > 0 ? (
        <p>
          {t('broughtBack', { count: status.broughtBack.length })}{' '}
          {onBroughtBack === undefined ? null : (
            <>
              <button
                type="button"
                onClick={() => {
                  onBroughtBack(false)
                }}
              >
                {t('keepBroughtBack')}
              </button>{' '}
              <button
                type="button"
                onClick={() => {
                  onBroughtBack(true)
                }}
              >
                {t('deleteBroughtBack')}
              </button>
            </>
          )}
        </p>
      ) : null}
      {status.rejected > 0 ? <p>{t('rejected', { count: status.rejected })}</p> : null}
      {status.takenOff > 0 ? <p>{t('takenOff', { count: status.takenOff })}</p> : null}
    </div>
  )
}
