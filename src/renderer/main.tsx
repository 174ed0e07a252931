// Renderer entry: language first (from main's settings), then the app.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { defaultLocale } from '../shared/locales/types'
import { App } from './app/App'
import './app/app.css'
import './ui/forms.css'
import { initI18n } from './i18n/i18n'
import { getApi } from './platform/api'
import { ArchiveHistory } from './archive/archive-history'
import { openArchiveDatabase } from './db/database'
import { requestPersistentStorage } from './db/storage'
import { SearchClient } from './search/search-client'

async function start(): Promise<void> {
  const api = getApi()
  const settings = api === null ? null : await api.getSettings()
  await initI18n(settings?.locale ?? defaultLocale)
  const database = openArchiveDatabase()
  // Ask the browser never to evict the archive under storage pressure.
  void requestPersistentStorage()
  // Undo and redo for this window's edits.
  const history = new ArchiveHistory(database)
  // One search worker per window, for the page's whole life; it reads the index once the
  // library's first rows are read (App), not in competition with them.
  const searchClient = new SearchClient({ deferOpen: true })
  const root = document.getElementById('root')
  if (root === null) throw new Error('The page has no #root element.')
  createRoot(root).render(
    <StrictMode>
      <App api={api} database={database} searchClient={searchClient} history={history} />
    </StrictMode>,
  )
}

void start()
