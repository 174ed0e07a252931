// The reader: the article as the paper printed it — kicker, headline, subtitle, byline, body
// with sub-headings, credits — and where it came from. Text only, never injected as HTML.
import { useLiveQuery } from 'dexie-react-hooks'
import type { ReactNode } from 'react'
import { Fragment, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { splitArticleAt } from '../archive/article-edits'
import { useStorageMessage } from '../archive/use-storage-message'
import type { ArchiveHistory } from '../archive/archive-history'
import type { ArchiveDatabase } from '../db/database'
import { articlePlace } from '../list/article-labels'
import { Highlighted } from '../search/Highlighted'
import type { SearchClient } from '../search/search-client'
import { useArticleMarks } from '../search/use-article-marks'
import { textWithCitation } from '../../core/archive/citation'
import { HitNavigator } from './HitNavigator'
import { ReaderTools } from './ReaderTools'
import { ArticleNotesLayer } from '../notes/ArticleNotesLayer'
import { useArticleNotes } from '../notes/use-article-notes'
import type { ReadingPartKey } from '../../core/notes/anchor'
import type { HitRange } from '../../core/search'
import { SourceView } from './SourceView'
import { useCurrentHit } from './use-current-hit'

export interface ArticleReaderProps {
  database: ArchiveDatabase
  /** Marks the current search's hits (the reader only draws them). */
  searchClient: SearchClient
  articleId: string | null
  /** The current search: its hits are marked in the text. */
  query: string
  history: ArchiveHistory
  onDelete: (ids: string[]) => void
  /** 引用…: the citation dialog for this article. */
  onCite: (ids: string[]) => void
  onFailed: (message: string) => void
  onOpen: (id: string) => void
  onCopied: () => void
  /** Open beside its source, with this line (or the article's first) in view: from the report. */
  sourceLine?: number | null | undefined
  /** Tools of rooms above this one for the open article (adding it to a collection). */
  extraTools?: (articleId: string) => ReactNode
  /** Counts the menu's 高亮所选文字 commands: each one highlights the words selected. */
  highlightRequest?: number
}

export function ArticleReader(props: ArticleReaderProps) {
  const { database, articleId, query, history } = props
  const { t, i18n } = useTranslation()
  const storageMessage = useStorageMessage()
  const [editing, setEditing] = useState(false)
  const [showSource, setShowSource] = useState(props.sourceLine !== undefined)
  const articleElement = useRef<HTMLElement>(null)
  const article = useLiveQuery(
    () => (articleId === null ? undefined : database.articles.get(articleId)),
    [database, articleId],
  )
  const marks = useArticleMarks(props.searchClient, article, query)
  const [current, stepTo] = useCurrentHit(marks)
  const notes = useArticleNotes({
    history,
    article,
    container: articleElement,
    highlightRequest: props.highlightRequest ?? 0,
    onFailed: props.onFailed,
  })
  /** A part of the text with the search's hits and the correspondent's highlights marked. */
  const marked = (key: ReadingPartKey, text: string, ranges: readonly HitRange[] | undefined) => (
    <Highlighted
      text={text}
      ranges={ranges ?? []}
      current={current}
      highlights={notes.highlights(key)}
    />
  )
  if (article === undefined) {
    return (
      <article className="reader empty" aria-label={t('shell.reader')}>
        <p>{t('shell.noSelection')}</p>
      </article>
    )
  }
  return (
    <article ref={articleElement} className="reader" aria-label={t('shell.reader')}>
      <div className="reader-bar">
        <p className="reader-place">{articlePlace(article, t, i18n.language)}</p>
        <HitNavigator
          container={articleElement}
          count={marks?.hits ?? 0}
          current={current}
          onCurrent={stepTo}
        />
        <button
          type="button"
          aria-pressed={showSource}
          onClick={() => {
            setShowSource(!showSource)
          }}
        >
          {showSource ? t('reader.showArticle') : t('reader.showSource')}
        </button>
        <button
          type="button"
          onClick={() => {
            navigator.clipboard.writeText(textWithCitation(article)).then(props.onCopied, () => {
              props.onFailed(t('reader.copyFailed'))
            })
          }}
        >
          {t('reader.copyWithCitation')}
        </button>
        <button
          type="button"
          onClick={() => {
            props.onCite([article.id])
          }}
        >
          {t('archive:citation.open')}
        </button>
      </div>
      {article.kicker !== null ? (
        <p className="reader-kicker" data-part="kicker">
          {marked('kicker', article.kicker, marks?.kicker)}
        </p>
      ) : null}
      {article.title !== null ? (
        <h2 className="reader-title" data-part="title">
          {marked('title', article.title, marks?.title)}
        </h2>
      ) : article.derivedTitle ? (
        <h2 className="reader-title derived">
          {article.derivedTitle}
          <small className="derived-mark">{t('reader.derivedTitle')}</small>
        </h2>
      ) : null}
      {article.subtitle !== null ? (
        <p className="reader-subtitle" data-part="subtitle">
          {marked('subtitle', article.subtitle, marks?.subtitle)}
        </p>
      ) : null}
      {article.byline !== null ? <p className="reader-byline">{article.byline}</p> : null}
      {article.imageCredits.map((credit) => (
        <p key={credit} className="reader-credit">
          {credit}
        </p>
      ))}
      <ReaderTools
        history={history}
        article={article}
        editing={editing}
        onEditing={setEditing}
        onDelete={props.onDelete}
        onFailed={props.onFailed}
        onOpen={props.onOpen}
      />
      {props.extraTools?.(article.id)}
      {showSource ? (
        <SourceView
          history={history}
          article={article}
          focusLine={props.sourceLine ?? null}
          onOpen={props.onOpen}
          onFailed={props.onFailed}
        />
      ) : null}
      <div className="reader-body" hidden={showSource}>
        {article.blocks.map((block, index) => (
          <Fragment key={index}>
            {editing && index > 0 ? (
              <SplitPoint
                onSplit={() => {
                  void splitArticleAt(history, article.id, index).then(
                    (outcome) => {
                      if (!outcome.ok) props.onFailed(t(`archive:editError.${outcome.error}`))
                      else props.onOpen(outcome.change?.after[0]?.id ?? article.id)
                    },
                    (error: unknown) => {
                      props.onFailed(storageMessage(error))
                    },
                  )
                }}
              />
            ) : null}
            {block.type === 'subhead' ? (
              <h3 data-part={index}>{marked(index, block.text, marks?.blocks[index])}</h3>
            ) : (
              <p data-part={index}>{marked(index, block.text, marks?.blocks[index])}</p>
            )}
          </Fragment>
        ))}
      </div>
      <ArticleNotesLayer
        history={history}
        article={article}
        notes={notes}
        onFailed={props.onFailed}
      />
      <footer className="reader-source">
        {t('reader.source', { file: article.source.file, encoding: article.source.encoding })}
      </footer>
    </article>
  )
}

/** Between two paragraphs while correcting: start a new article here. */
function SplitPoint({ onSplit }: { onSplit: () => void }) {
  const { t } = useTranslation('archive')
  return (
    <button type="button" className="split-point" onClick={onSplit}>
      {t('reader.splitHere')}
    </button>
  )
}
