// What a failed backup or restore says: the reason in the user's words, the system's own text
// folded beneath it, as an error notice.
import type { TFunction } from 'i18next'
import { backupErrorMessage } from '../archive/error-message'
import type { Notice } from '../ui/notice'

export function backupFailureNotice(error: unknown, t: TFunction<'archive'>): Notice {
  const message = backupErrorMessage(error)
  const { detail } = message.params
  return {
    message: t(message.key, message.params),
    ...(typeof detail === 'string' ? { detail } : {}),
    tone: 'error',
  }
}
