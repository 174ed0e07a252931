import { useTranslation } from 'react-i18next'

export interface FirstRunProps {
  onImport: () => void
  onSample: () => void
  /** Brings back an archive from a backup file (a new laptop, a reinstalled system). */
  onRestore: () => void
}

/** Shown while the archive is empty: how to bring articles in, a backup to restore, or a sample
 * to try. */
export function FirstRun({ onImport, onSample, onRestore }: FirstRunProps) {
  const { t } = useTranslation()
  return (
    <main className="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('firstRun.title')}</h2>
      <p className="lead">{t('firstRun.lead')}</p>
      <div className="first-run-choices">
        <section>
          <h3>{t('firstRun.importTitle')}</h3>
          <p>{t('firstRun.importText')}</p>
          <button type="button" className="primary" onClick={onImport}>
            {t('firstRun.importButton')}
          </button>
        </section>
        <section>
          <h3>{t('firstRun.restoreTitle')}</h3>
          <p>{t('firstRun.restoreText')}</p>
          <button type="button" onClick={onRestore}>
            {t('firstRun.restoreButton')}
          </button>
        </section>
        <section>
          <h3>{t('firstRun.sampleTitle')}</h3>
          <p>{t('firstRun.sampleText')}</p>
          <button type="button" onClick={onSample}>
            {t('firstRun.sampleButton')}
          </button>
        </section>
      </div>
    </main>
  )
}
