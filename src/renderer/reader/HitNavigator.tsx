// Next / previous search hit in the open article: the marks of the current query, counted,
// with the current one scrolled into view and outlined.
import type { RefObject } from 'react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

export function HitNavigator({
  container,
  query,
}: {
  container: RefObject<HTMLElement | null>
  query: string
}) {
  const { t } = useTranslation()
  const [hits, setHits] = useState<HTMLElement[]>([])
  const [current, setCurrent] = useState(-1)
  useEffect(() => {
    const element = container.current
    const found = element === null ? [] : [...element.querySelectorAll<HTMLElement>('mark')]
    // The marks are the DOM's: read them after React has rendered the highlighted text.
    const frame = requestAnimationFrame(() => {
      setHits(found)
      setCurrent(-1)
    })
    return () => {
      cancelAnimationFrame(frame)
    }
  }, [container, query])
  useEffect(() => {
    hits.forEach((hit, index) => hit.classList.toggle('current-hit', index === current))
    hits[current]?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }, [hits, current])
  if (hits.length === 0) return null
  const go = (step: number) => {
    setCurrent((index) => (index + step + hits.length) % hits.length)
  }
  return (
    <div className="hit-navigator" role="group" aria-label={t('reader.hits')}>
      <span>{t('reader.hitPosition', { current: current + 1, count: hits.length })}</span>
      <button
        type="button"
        onClick={() => {
          go(-1)
        }}
      >
        {t('reader.previousHit')}
      </button>
      <button
        type="button"
        onClick={() => {
          go(1)
        }}
      >
        {t('reader.nextHit')}
      </button>
    </div>
  )
}
