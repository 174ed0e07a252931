// Measures every article off-screen with the very components and CSS that print it: head
// blocks at every role and width, photo blocks, and the body in one column, in whole lines.
import { useLayoutEffect, useRef } from 'react'
import type { PrintArticle } from '../../core/print/article'
import { hasPhoto } from '../../core/print/article'
import type { ArticleMetrics, HeadVariant } from '../../core/print/metrics'
import type { Grid } from '../../core/print/paper'
import { photoSpan } from '../../core/print/shape'
import { pictureLines } from '../../core/print/typesetting'
import { ArticleHead } from './ArticleHead'
import { Figure } from './Figure'
import { buildParagraphs } from './paragraphs'
import { gridVars, pxPerPt, spanPt } from './units'

type MeasuredVariant = Exclude<HeadVariant, 'none'>

export interface MeasurerProps {
  articles: readonly PrintArticle[]
  grid: Grid
  /** Which articles can be a lead: the first (page make-up) or every one (clippings). */
  leads: 'first' | 'all'
  onMeasured: (metrics: ArticleMetrics[]) => void
}

function widths(grid: Grid): number[] {
  return Array.from({ length: grid.columns }, (_, i) => i + 1)
}

function shapeOf(article: PrintArticle) {
  return { photo: hasPhoto(article) ? [] : null, photoStory: article.kind === 'photo' }
}

function lines(element: Element | null, grid: Grid): number {
  if (element === null) return 0
  // Layout size, not the transformed one: the preview shows the sheets scaled down.
  const height = element instanceof HTMLElement ? element.offsetHeight : 0
  return Math.ceil(height / (grid.pitchPt * pxPerPt) - 0.01)
}

function variantsOf(index: number, leads: MeasurerProps['leads']): MeasuredVariant[] {
  return index === 0 || leads === 'all' ? ['lead', 'normal', 'continued'] : ['normal', 'continued']
}

function readMetrics(root: HTMLElement, article: PrintArticle, grid: Grid): ArticleMetrics {
  const box = root.querySelector(`[data-measure="${CSS.escape(article.id)}"]`)
  const read = (selector: string) => lines(box?.querySelector(selector) ?? null, grid)
  const head = (variant: MeasuredVariant) =>
    widths(grid).map((w) => read(`[data-head="${variant}:${w}"]`))
  return {
    id: article.id,
    head: {
      lead: box?.querySelector('[data-head^="lead:"]') ? head('lead') : head('normal'),
      normal: head('normal'),
      continued: head('continued'),
    },
    bodyLines: read('[data-body]'),
    photo: hasPhoto(article) ? widths(grid).map((w) => read(`[data-photo="${w}"]`)) : null,
    photoStory: article.kind === 'photo',
  }
}

export function Measurer({ articles, grid, leads, onMeasured }: MeasurerProps) {
  const root = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const element = root.current
    if (element === null) return
    for (const article of articles) {
      const body = element.querySelector(`[data-measure="${CSS.escape(article.id)}"] [data-body]`)
      body?.replaceChildren(...buildParagraphs(article))
    }
    onMeasured(articles.map((article) => readMetrics(element, article, grid)))
  }, [articles, grid, onMeasured])
  return (
    <div ref={root} className="np-document np-measure" style={gridVars(grid)} aria-hidden>
      {articles.map((article, index) => (
        <div key={article.id} data-measure={article.id}>
          {variantsOf(index, leads).flatMap((variant) =>
            widths(grid).map((w) => (
              <div
                key={`${variant}:${w}`}
                data-head={`${variant}:${w}`}
                className="np-head"
                style={{ width: spanPt(grid, w) }}
              >
                <ArticleHead
                  article={article}
                  variant={variant}
                  width={w}
                  grid={grid}
                  fromPage={99}
                />
              </div>
            )),
          )}
          {hasPhoto(article) &&
            widths(grid).map((w) => {
              const span = photoSpan(shapeOf(article), w)
              return (
                <div key={`photo:${w}`} data-photo={w} style={{ width: spanPt(grid, span) }}>
                  <Figure article={article} grid={grid} pictureLines={pictureLines(grid, span)} />
                </div>
              )
            })}
          <div data-body className="np-frame" style={{ width: spanPt(grid, 1) }} />
        </div>
      ))}
    </div>
  )
}
