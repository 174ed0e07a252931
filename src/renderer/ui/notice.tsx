// One short message at a time at the foot of the window — "3 articles deleted. Undo" — that
// fades away by itself (an error stays until closed). Messages are text; actions are buttons. A message given by its locale key
// follows the interface language while it is shown.
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorDetail } from './ErrorDetail'

/** Text already in the user's language, or a locale key and its parameters. */
export type NoticeText = string | { key: string; params?: Record<string, string | number> }

export interface Notice {
  message: NoticeText
  /** The system's own words behind an error, shown folded (see ErrorDetail). */
  detail?: string
  action?: { label: NoticeText; run: () => void }
  tone?: 'info' | 'error'
}

const shownMs = 8000

export function useNotice(): {
  notice: Notice | null
  show: (notice: Notice) => void
  clear: () => void
  /** While the pointer or focus is on the notice it stays; it starts over once they leave. */
  hold: (held: boolean) => void
  /** Changes when the notice starts over, so its fade starts over too. */
  round: number
} {
  const [notice, setNotice] = useState<Notice | null>(null)
  const [held, setHeld] = useState(false)
  const [round, setRound] = useState(0)
  useEffect(() => {
    // An error stays until it is closed or replaced: it may need reading twice.
    if (notice === null || held || notice.tone === 'error') return
    const timer = setTimeout(() => {
      setNotice(null)
    }, shownMs)
    return () => {
      clearTimeout(timer)
    }
  }, [notice, held, round])
  const clear = useCallback(() => {
    setNotice(null)
  }, [])
  const hold = useCallback((next: boolean) => {
    setHeld(next)
    if (!next) setRound((value) => value + 1)
  }, [])
  return { notice, show: setNotice, clear, hold, round }
}

export interface NoticeBarProps {
  notice: Notice | null
  onClose: () => void
  onHold?: (held: boolean) => void
  round?: number
}

export function NoticeBar({ notice, onClose, onHold, round = 0 }: NoticeBarProps) {
  const { t } = useTranslation()
  if (notice === null) return null
  const text = (value: NoticeText) =>
    typeof value === 'string' ? value : t(value.key, value.params ?? {})
  return (
    <div
      className={`notice-bar ${notice.tone ?? 'info'}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      key={round}
      style={notice.tone === 'error' ? undefined : { animationDuration: `${String(shownMs)}ms` }}
      onMouseEnter={() => onHold?.(true)}
      onMouseLeave={() => onHold?.(false)}
      onFocus={() => onHold?.(true)}
      onBlur={() => onHold?.(false)}
    >
      <span>{text(notice.message)}</span>
      <ErrorDetail detail={notice.detail} />
      {notice.action !== undefined ? (
        <button
          type="button"
          onClick={() => {
            notice.action?.run()
            onClose()
          }}
        >
          {text(notice.action.label)}
        </button>
      ) : null}
      <button
        type="button"
        className="notice-close"
        aria-label={t('shell.closeNotice')}
        onClick={onClose}
      >
        ×
      </button>
    </div>
  )
}
