// Next / previous search hit in the open article: the hits the search worker counted, stepped
// through in reading order. The reader outlines the current one; this brings it into view.
// Before the first step it shows how many there are: never a position 0.
import type { RefObject } from 'react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

export interface HitNavigatorProps {
  /** Where the current hit's marks are drawn. */
  container: RefObject<HTMLElement | null>
  count: number
  /** The hit stepped to, -1 before the first step. */
  current: number
  onCurrent: (hit: number) => void
}

/** The hit one step away; the first step goes to the first hit, or back to the last. */
function stepHit(current: number, step: 1 | -1, count: number): number {
  if (current < 0) return step === 1 ? 0 : count - 1
  return (current + step + count) % count
}

export function HitNavigator({ container, count, current, onCurrent }: HitNavigatorProps) {
  const { t } = useTranslation()
  useEffect(() => {
    if (current < 0) return
    // After the commit that outlined it; a hit across paragraphs scrolls to its first piece.
    const mark = container.current?.querySelector('mark.current-hit')
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }, [container, current])
  if (count === 0) return null
  return (
    <div className="hit-navigator" role="group" aria-label={t('reader.hits')}>
      <span>
        {current < 0
          ? t('reader.hitCount', { count })
          : t('reader.hitPosition', { current: current + 1, count })}
      </span>
      <button
        type="button"
        onClick={() => {
          onCurrent(stepHit(current, -1, count))
        }}
      >
        {t('reader.previousHit')}
      </button>
      <button
        type="button"
        onClick={() => {
          onCurrent(stepHit(current, 1, count))
        }}
      >
        {t('reader.nextHit')}
      </button>
    </div>
  )
}
