// A failed archive operation in plain words (disk full, changed in another window, …).
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { archiveErrorMessage } from './error-message'

export function useStorageMessage(): (error: unknown) => string {
  const { t } = useTranslation('archive')
  return useCallback(
    (error: unknown) => {
      const message = archiveErrorMessage(error)
      return t(message.key, message.params)
    },
    [t],
  )
}
