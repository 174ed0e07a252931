// Shown while several articles are selected: how many, and what can be done to all of them.
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export interface SelectionBarProps {
  count: number
  onClear: () => void
  /** Actions on the selection (tag, print, delete…). */
  children: ReactNode
}

export function SelectionBar({ count, onClear, children }: SelectionBarProps) {
  const { t } = useTranslation()
  return (
    <div className="selection-bar" role="toolbar" aria-label={t('selection.label')}>
      <span>{t('selection.count', { count })}</span>
      {children}
      <button type="button" onClick={onClear}>
        {t('selection.clear')}
      </button>
    </div>
  )
}
