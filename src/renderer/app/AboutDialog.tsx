// Help → About: the app's name and version, and which host runs it.
import { useEffect, useState } from 'react'
import { Modal } from '../ui/Modal'
import { useTranslation } from 'react-i18next'
import type { AppInfo, NewsroomApi } from '../../shared/api/contract'

export function AboutDialog({ api, onClose }: { api: NewsroomApi; onClose: () => void }) {
  const { t } = useTranslation()
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    void api.getAppInfo().then(setInfo)
  }, [api])
  return (
    <Modal className="confirm-dialog" label={t('menu.about')} onClose={onClose}>
      <h2>{t('name')}</h2>
      <p>{info === null ? '' : t('about', { version: info.version })}</p>
      <p className="hint">
        {info === null ? '' : t('aboutHost', { host: info.host, platform: info.platform })}
      </p>
      <footer>
        <button type="button" onClick={onClose}>
          {t('importPanel.close')}
        </button>
      </footer>
    </Modal>
  )
}
