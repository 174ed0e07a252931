// One short message at a time at the foot of the window — "3 articles deleted. Undo" — that
// goes away by itself. Messages are text; actions are buttons.
import { useCallback, useEffect, useState } from 'react'
import { ErrorDetail } from './ErrorDetail'

export interface Notice {
  message: string
  /** The system's own words behind an error, shown folded (see ErrorDetail). */
  detail?: string
  action?: { label: string; run: () => void }
  tone?: 'info' | 'error'
}

const shownMs = 8000

export function useNotice(): {
  notice: Notice | null
  show: (notice: Notice) => void
  clear: () => void
} {
  const [notice, setNotice] = useState<Notice | null>(null)
  useEffect(() => {
    if (notice === null) return
    const timer = setTimeout(() => {
      setNotice(null)
    }, shownMs)
    return () => {
      clearTimeout(timer)
    }
  }, [notice])
  const clear = useCallback(() => {
    setNotice(null)
  }, [])
  return { notice, show: setNotice, clear }
}

export function NoticeBar({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  if (notice === null) return null
  return (
    <div
      className={`notice-bar ${notice.tone ?? 'info'}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
    >
      <span>{notice.message}</span>
      <ErrorDetail detail={notice.detail} />
      {notice.action !== undefined ? (
        <button
          type="button"
          onClick={() => {
            notice.action?.run()
            onClose()
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
    </div>
  )
}
