// The head block of a module: 引题 kicker, headline, 副题 subtitle and byline, at the sizes of
// the module's role and width; a continuation repeats the headline with （上接第N版）.
import type { PrintArticle } from '../../core/print/article'
import type { HeadVariant } from '../../core/print/metrics'
import type { Grid } from '../../core/print/paper'
import { headSizes } from '../../core/print/typesetting'
import { runInByline } from './paragraphs'
import { sheetText } from './sheet-text'
import { pt } from './units'

export interface ArticleHeadProps {
  article: PrintArticle
  variant: HeadVariant
  width: number
  grid: Grid
  /** 版次 the article comes from, for a continuation. */
  fromPage?: number | null
}

function Byline({ text }: { text: string }) {
  const mark = /^[►▶■●◆]\s*/.exec(text)
  if (mark === null) return <div className="np-byline">{text}</div>
  return (
    <div className="np-byline">
      <span className="np-byline-mark">{mark[0].trim()}</span> {text.slice(mark[0].length)}
    </div>
  )
}

export function ArticleHead({ article, variant, width, grid, fromPage = null }: ArticleHeadProps) {
  if (variant === 'none') return null
  const sizes = headSizes(variant, width, grid)
  const title = article.title?.trim() ?? ''
  if (variant === 'continued') {
    return (
      <>
        {title !== '' && (
          <div className="np-headline" style={{ fontSize: pt(sizes.headline) }}>
            {title}
          </div>
        )}
        {fromPage !== null && (
          <div className="np-jump np-jump-from">{sheetText('jumpFrom', { page: fromPage })}</div>
        )}
      </>
    )
  }
  const byline = article.byline?.trim() ?? ''
  return (
    <>
      {article.kicker !== null && article.kicker.trim() !== '' && (
        <div className="np-kicker" style={{ fontSize: pt(sizes.kicker) }}>
          {article.kicker}
        </div>
      )}
      {title !== '' && (
        <div className="np-headline" style={{ fontSize: pt(sizes.headline) }}>
          {title}
        </div>
      )}
      {article.subtitle !== null && article.subtitle.trim() !== '' && (
        <div className="np-subtitle" style={{ fontSize: pt(sizes.subtitle) }}>
          {article.subtitle}
        </div>
      )}
      {byline !== '' && runInByline(article) === null && <Byline text={byline} />}
    </>
  )
}
