// The reader: the article as the paper printed it — kicker, headline, subtitle, byline, body
// with sub-headings, credits — and where it came from. Text only, never injected as HTML.
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { ArchiveDatabase } from '../db/database'
import { articlePlace } from '../library/article-labels'

export interface ArticleReaderProps {
  database: ArchiveDatabase
  articleId: string | null
}

export function ArticleReader({ database, articleId }: ArticleReaderProps) {
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
  return (
    <article className="reader" aria-label={t('shell.reader')}>
      <p className="reader-place">{articlePlace(article)}</p>
      {article.kicker !== null ? <p className="reader-kicker">{article.kicker}</p> : null}
      {article.title !== null ? <h2 className="reader-title">{article.title}</h2> : null}
      {article.subtitle !== null ? <p className="reader-subtitle">{article.subtitle}</p> : null}
      {article.byline !== null ? <p className="reader-byline">{article.byline}</p> : null}
      {article.imageCredits.map((credit) => (
        <p key={credit} className="reader-credit">
          {t('reader.imageCredit', { credit })}
        </p>
      ))}
      <div className="reader-body">
        {article.blocks.map((block, index) =>
          block.type === 'subhead' ? (
            <h3 key={index}>{block.text}</h3>
          ) : (
            <p key={index}>{block.text}</p>
          ),
        )}
      </div>
      <footer className="reader-source">
        {t('reader.source', { file: article.source.file, encoding: article.source.encoding })}
      </footer>
    </article>
  )
}
