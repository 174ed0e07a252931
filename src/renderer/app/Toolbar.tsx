import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { SortOrder } from '../../core/search'
import type { NewsroomApi } from '../../shared/api/contract'
import { locales } from '../../shared/locales/types'
import { isLocale } from '../i18n/i18n'
import type { SyncRunner } from '../sync/sync-runner'
import { useSyncStatus } from '../sync/use-sync'

const localeNames: Record<(typeof locales)[number], string> = { 'zh-CN': '中文', en: 'English' }

export interface ToolbarProps {
  api: NewsroomApi | null
  searchInput: RefObject<HTMLInputElement | null>
  onImport: () => void
  onPrint: () => void
  articleCount: number
  query: string
  onQuery: (query: string) => void
  sort: SortOrder
  onSort: (sort: SortOrder) => void
  /** Articles with versions to choose between; the button shows only while there are any. */
  conflictCount: number
  onConflicts: () => void
  /** Bureau sync, when the host offers it; the button says how it stands. */
  syncRunner: SyncRunner | null
  onSync: () => void
}

function SyncButton({ runner, onSync }: { runner: SyncRunner; onSync: () => void }) {
  const { t } = useTranslation('sync')
  const phase = useSyncStatus(runner)?.phase ?? 'off'
  return (
    <button type="button" className={`sync-button sync-${phase}`} onClick={onSync}>
      {phase === 'off' ? t('toolbar') : t(`toolbarState.${phase}`)}
    </button>
  )
}

const sortOrders: readonly SortOrder[] = ['relevance', 'newest', 'oldest']

function isSortOrder(value: string): value is SortOrder {
  return (sortOrders as readonly string[]).includes(value)
}

export function Toolbar(props: ToolbarProps) {
  const { api, searchInput, onImport, onPrint, articleCount, query, onQuery, sort, onSort } = props
  const { conflictCount, onConflicts, syncRunner, onSync } = props
  const { t, i18n } = useTranslation()
  const changeLanguage = (value: string) => {
    if (!isLocale(value)) return
    void i18n.changeLanguage(value)
    void api?.setLocale(value)
  }
  return (
    <header className="toolbar">
      <h1 className="brand">{t('name')}</h1>
      <input
        ref={searchInput}
        className="search-input"
        type="search"
        aria-label={t('shell.searchLabel')}
        placeholder={t('shell.searchPlaceholder')}
        value={query}
        onChange={(event) => {
          onQuery(event.target.value)
        }}
      />
      {query.trim() === '' ? null : (
        <select
          aria-label={t('search.sortLabel')}
          value={sort}
          onChange={(event) => {
            if (isSortOrder(event.target.value)) onSort(event.target.value)
          }}
        >
          {sortOrders.map((order) => (
            <option key={order} value={order}>
              {t(`search:sort.${order}`)}
            </option>
          ))}
        </select>
      )}
      <span className="article-count">{t('shell.articlesCount', { count: articleCount })}</span>
      {conflictCount > 0 ? (
        <button
          type="button"
          className="conflicts-button"
          title={t('archive:conflicts.toolbarHint', { count: conflictCount })}
          onClick={onConflicts}
        >
          {t('archive:conflicts.toolbar', { count: conflictCount })}
        </button>
      ) : null}
      {syncRunner === null ? null : <SyncButton runner={syncRunner} onSync={onSync} />}
      <button type="button" className="primary" onClick={onImport}>
        {t('shell.importButton')}
      </button>
      <button type="button" onClick={onPrint}>
        {t('shell.printButton')}
      </button>
      <label className="language">
        <span className="visually-hidden">{t('shell.language')}</span>
        <select
          aria-label={t('shell.language')}
          value={i18n.language}
          onChange={(event) => {
            changeLanguage(event.target.value)
          }}
        >
          {locales.map((locale) => (
            <option key={locale} value={locale}>
              {localeNames[locale]}
            </option>
          ))}
        </select>
      </label>
    </header>
  )
}
