// Files and folders dropped anywhere on the window are imported. Paths come from the preload
// (Electron's webUtils.getPathForFile); the page itself never reads the file system.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { NewsroomApi } from '../../shared/api/contract'

export interface DropZoneProps {
  api: NewsroomApi | null
  onPaths: (paths: string[]) => void
}

export function DropZone({ api, onPaths }: DropZoneProps) {
  const { t } = useTranslation()
  const [over, setOver] = useState(false)
  useEffect(() => {
    if (api === null) return
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      setOver(true)
    }
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setOver(false)
    }
    const onDrop = (event: DragEvent) => {
      event.preventDefault()
      setOver(false)
      const files = [...(event.dataTransfer?.files ?? [])]
      const paths = files.map((file) => api.pathForFile(file)).filter((path) => path !== null)
      onPaths(paths)
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('dragleave', onDragLeave)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('dragleave', onDragLeave)
      window.removeEventListener('drop', onDrop)
    }
  }, [api, onPaths])
  return over ? (
    <div className="drop-overlay" aria-hidden="true">
      <p>{t('firstRun.dropHint')}</p>
    </div>
  ) : null
}
