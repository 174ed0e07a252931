// The article beside its source: the page text as it was imported, the article's own lines
// marked and scrolled into view, the neighbouring articles' lines marked with their titles, and
// on the article's lines "start a new article here" and "this line is the headline / kicker /
// subtitle / a sub-heading / a paragraph / a credit", each one undoable edit. The text is shown as
// text, never as HTML.
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { displayTitle } from '../../shared/article'
import type { Article } from '../../shared/article'
import { lineRoles } from '../../core/archive/line-role'
import type { LineRole } from '../../core/archive/line-role'
import { assignArticleLineRole, splitArticleAt } from '../archive/article-edits'
import type { EditOutcome } from '../archive/article-edits'
import type { ArchiveHistory } from '../archive/archive-history'
import { useStorageMessage } from '../archive/use-storage-message'
import { readSourceLines } from '../db/source-text'
import { blockAtLine, lineOwners } from './source-lines'

/** Lines shown before and after the article. */
const CONTEXT_LINES = 120

export interface SourceViewProps {
  history: ArchiveHistory
  article: Article
  /** The line to bring into view (a report's warning); else the article's first line. */
  focusLine: number | null
  onOpen: (id: string) => void
  onFailed: (message: string) => void
}

export function SourceView({ history, article, focusLine, onOpen, onFailed }: SourceViewProps) {
  const { t } = useTranslation()
  const storageMessage = useStorageMessage()
  const { database } = history
  const file = article.source.file
  const lines = useLiveQuery(() => readSourceLines(database, file), [database, file])
  const neighbours = useLiveQuery(
    () => database.articles.where('source.file').equals(file).toArray(),
    [database, file],
  )
  const list = useRef<HTMLOListElement>(null)
  const span = article.sourceLines
  const target = focusLine ?? span?.first ?? null
  useEffect(() => {
    if (target === null || !lines) return
    list.current
      ?.querySelector(`[data-line="${String(target)}"]`)
      ?.scrollIntoView({ block: 'center' })
  }, [target, lines])
  if (lines === undefined) return null
  if (lines === null) return <p className="source-missing">{t('reader.sourceMissing')}</p>
  const owners = lineOwners(neighbours ?? [], article.id)
  // A long file shows the article's neighbourhood, not every line it holds.
  const from = Math.max(1, Math.min(span?.first ?? 1, target ?? 1) - CONTEXT_LINES)
  const to = Math.min(lines.length, Math.max(span?.last ?? 1, target ?? 1) + CONTEXT_LINES)
  const settle = (edit: Promise<EditOutcome>) => {
    edit.then(
      (outcome) => {
        if (!outcome.ok) onFailed(t(`archive:editError.${outcome.error}`))
        else onOpen(outcome.change?.after[0]?.id ?? article.id)
      },
      (error: unknown) => {
        onFailed(storageMessage(error))
      },
    )
  }
  const split = (line: number) => {
    const at = blockAtLine(article, lines, line)
    if (at >= 1) settle(splitArticleAt(history, article.id, at))
  }
  const assign = (line: number, role: LineRole) => {
    settle(assignArticleLineRole(history, article.id, lines[line - 1] ?? '', role))
  }
  return (
    <section className="source-view" aria-label={t('reader.sourceTitle', { file })}>
      <p className="source-place">
        {span
          ? t('reader.sourceLines', { first: span.first, last: span.last })
          : t('reader.sourceUnplaced')}
      </p>
      <ol ref={list} className="source-lines" start={from}>
        {lines.slice(from - 1, to).map((text, index) => {
          const line = from + index
          const own = span !== null && line >= span.first && line <= span.last
          const other = own ? undefined : owners.get(line)
          const classes = [
            'source-line',
            own ? 'own' : '',
            other ? 'other' : '',
            line === focusLine ? 'focus' : '',
          ]
          return (
            <li
              key={line}
              data-line={line}
              className={classes.filter(Boolean).join(' ')}
              title={other ? t('reader.neighbour', { title: displayTitle(other).text }) : undefined}
            >
              <span className="line-number" aria-hidden="true">
                {line}
              </span>
              <span className="line-text">{text.replace(/\r$/, '')}</span>
              {own && text.trim() !== '' ? (
                <select
                  className="line-role"
                  aria-label={t('reader.lineRoleLabel', { line })}
                  value=""
                  onChange={(event) => {
                    const role = lineRoles.find((item) => item === event.target.value)
                    if (role !== undefined) assign(line, role)
                  }}
                >
                  <option value="">{t('reader.lineRole')}</option>
                  {lineRoles.map((role) => (
                    <option key={role} value={role}>
                      {t(`reader.lineRoles.${role}`)}
                    </option>
                  ))}
                </select>
              ) : null}
              {own && line > span.first && text.trim() !== '' ? (
                <button
                  type="button"
                  className="split-line"
                  onClick={() => {
                    split(line)
                  }}
                >
                  {t('reader.splitAtLine')}
                </button>
              ) : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
