// The technical text behind a message in plain words (`EACCES: permission denied, open …`),
// folded away: useful to whoever helps the user, noise for everyone else.
import { useTranslation } from 'react-i18next'

export function ErrorDetail({ detail }: { detail: string | number | undefined }) {
  const { t } = useTranslation()
  if (detail === undefined || detail === '') return null
  return (
    <details className="error-detail">
      <summary>{t('errorDetail')}</summary>
      <code>{detail}</code>
    </details>
  )
}
