// The reader: the article as the paper printed it — kicker, headline, subtitle, byline, body
// with sub-headings, credits — and where it came from. Text only, never injected as HTML.
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { highlightFields, highlightRanges, positivePhrases, parseQuery } from '../../core/search'
import type { ArchiveDatabase } from '../db/database'
import { articlePlace } from '../library/article-labels'
import { Highlighted } from '../search/Highlighted'

export interface ArticleReaderProps {
  database: ArchiveDatabase
  articleId: string | null
  /** The current search: its hits are marked in the text. */
  query: string
}

/** The phrases of a query that mark body text. */
function bodyPhrases(query: string): string[] {
  const parsed = parseQuery(query)
  if (!parsed.ok) return []
  return positivePhrases(parsed.query)
    .filter((phrase) => phrase.scope === 'all')
    .map((phrase) => phrase.phrase)
}

export function ArticleReader({ database, articleId, query }: ArticleReaderProps) {
  const { t } = useTranslation()
  const article = useLiveQuery(
    () => (articleId === null ? undefined : database.articles.get(articleId)),
    [database, articleId],
  )
  if (article === undefined) {
    return (
      <article className="reader empty" aria-label={t('shell.reader')}>
        <p>{t('shell.noSelection')}</p>
      </article>
    )
  }
  const marks = highlightFields({ ...article, body: '' }, query)
  const phrases = query === '' ? [] : bodyPhrases(query)
  return (
    <article className="reader" aria-label={t('shell.reader')}>
      <p className="reader-place">{articlePlace(article)}</p>
      {article.kicker !== null ? (
        <p className="reader-kicker">
          <Highlighted text={article.kicker} ranges={marks.kicker} />
        </p>
      ) : null}
      {article.title !== null ? (
        <h2 className="reader-title">
          <Highlighted text={article.title} ranges={marks.title} />
        </h2>
      ) : null}
      {article.subtitle !== null ? (
        <p className="reader-subtitle">
          <Highlighted text={article.subtitle} ranges={marks.subtitle} />
        </p>
      ) : null}
      {article.byline !== null ? <p className="reader-byline">{article.byline}</p> : null}
      {article.imageCredits.map((credit) => (
        <p key={credit} className="reader-credit">
          {t('reader.imageCredit', { credit })}
        </p>
      ))}
      <div className="reader-body">
        {article.blocks.map((block, index) =>
          block.type === 'subhead' ? (
            <h3 key={index}>
              <Highlighted text={block.text} ranges={highlightRanges(block.text, phrases)} />
            </h3>
          ) : (
            <p key={index}>
              <Highlighted text={block.text} ranges={highlightRanges(block.text, phrases)} />
            </p>
          ),
        )}
      </div>
      <footer className="reader-source">
        {t('reader.source', { file: article.source.file, encoding: article.source.encoding })}
      </footer>
    </article>
  )
}
