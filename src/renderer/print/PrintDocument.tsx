// The print component: the same one renders the preview and the printed pages. It loads the
// fonts, measures the articles, plans the sheets, renders them and pours the text; when a story
// does not fit (measurement is never exact) it plans again with more room for it.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { withPrintedNotes } from '../../core/print/article'
import type { PrintArticle } from '../../core/print/article'
import type { ArticleMetrics } from '../../core/print/metrics'
import type { PrintOptions } from '../../shared/print-job'
import { gridFor } from '../../core/print/paper'
import type { Grid } from '../../core/print/paper'
import { planClippings, planPages } from '../../core/print/plan'
import { loadPrintFonts } from './fonts'
import { furnitureFor } from './furniture'
import { Measurer } from './Measurer'
import { pourAll } from './pour'
import type { Leftover } from './pour'
import { Sheet } from './Sheet'
import { sheetText } from './sheet-text'
import { gridVars } from './units'
import './print.css'

export interface PrintReport {
  sheets: number
  /** Articles whose text did not fit completely (should stay empty). */
  overflow: string[]
  /** Milliseconds from mount to pages ready. */
  readyMs: number
}

export interface PrintDocumentProps {
  articles: readonly PrintArticle[]
  options: PrintOptions
  onReady?: (report: PrintReport) => void
}

const maxAttempts = 4

function articleTexts(articles: readonly PrintArticle[]): string[] {
  return articles.flatMap((a) => [
    a.kicker ?? '',
    a.title ?? '',
    a.subtitle ?? '',
    a.byline ?? '',
    a.paper ?? '',
    a.section ?? '',
    ...a.imageCredits,
    ...a.blocks.map((block) => block.text),
  ])
}

/** More room for stories that did not fit: their left-over text in lines, and a margin. */
function withRoom(metrics: ArticleMetrics[], leftovers: readonly Leftover[], grid: Grid) {
  return metrics.map((m) => {
    const rest = leftovers.find((leftover) => leftover.articleId === m.id)
    if (rest === undefined) return m
    const extra = Math.ceil(rest.chars / grid.columnChars) + rest.paragraphs + 2
    return { ...m, bodyLines: m.bodyLines + extra }
  })
}

function useFonts(articles: readonly PrintArticle[]): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let live = true
    void loadPrintFonts(articleTexts(articles)).then(() => {
      if (live) setReady(true)
    })
    return () => {
      live = false
    }
  }, [articles])
  return ready
}

/** What the make-up depends on: a change here lays the pages out anew. The masthead's name, date
 * and first page number only relabel the sheets already made up. */
export function layoutKey(options: PrintOptions): string {
  return [options.paper, options.layout, options.columns, options.bodySize, options.notes].join('|')
}

export function PrintDocument(props: PrintDocumentProps) {
  const { options, articles } = props
  const key = `${layoutKey(options)}|${articles.map((a) => a.id).join(',')}`
  const withNotes = options.notes && options.layout === 'clipping'
  const printed = useMemo(
    () =>
      withNotes
        ? articles.map((article) => withPrintedNotes(article, sheetText('notes')))
        : articles,
    [articles, withNotes],
  )
  return <Layout key={key} {...props} articles={printed} />
}

function Layout({ articles, options, onReady }: PrintDocumentProps) {
  const started = useRef<number | null>(null)
  const root = useRef<HTMLDivElement>(null)
  const grid = useMemo(
    () => gridFor(options.paper, options.bodySize, options.columns),
    [options.paper, options.bodySize, options.columns],
  )
  const fontsReady = useFonts(articles)
  const [metrics, setMetrics] = useState<ArticleMetrics[] | null>(null)
  const [attempt, setAttempt] = useState(0)
  const onMeasured = useCallback((measured: ArticleMetrics[]) => {
    setMetrics(measured)
  }, [])
  const plan = useMemo(() => {
    if (metrics === null) return null
    return options.layout === 'page' ? planPages(metrics, grid) : planClippings(metrics, grid)
  }, [metrics, grid, options.layout])
  const byId = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles])

  useEffect(() => {
    started.current ??= performance.now()
  }, [])

  useLayoutEffect(() => {
    const element = root.current
    if (plan === null || metrics === null || element === null) return
    const leftovers = pourAll(element, articles, grid)
    if (leftovers.length > 0 && attempt + 1 < maxAttempts) {
      setAttempt(attempt + 1)
      setMetrics(withRoom(metrics, leftovers, grid))
      return
    }
    onReady?.({
      sheets: plan.sheets.length,
      overflow: leftovers.map((leftover) => leftover.articleId),
      readyMs: performance.now() - (started.current ?? performance.now()),
    })
  }, [plan, metrics, articles, grid, attempt, onReady])

  if (!fontsReady) return null
  if (metrics === null)
    return (
      <Measurer
        articles={articles}
        grid={grid}
        leads={options.layout === 'page' ? 'first' : 'all'}
        onMeasured={onMeasured}
      />
    )
  const pageOf = (sheet: number) => options.firstPage + sheet
  return (
    <div ref={root} className="np-document" lang="zh-CN" style={gridVars(grid)}>
      <style>{`@page { size: ${grid.paper.widthMm}mm ${grid.paper.heightMm}mm; margin: 0; }`}</style>
      {plan?.sheets.map((sheet) => (
        <Sheet
          key={sheet.index}
          sheet={sheet}
          grid={grid}
          articles={byId}
          furniture={furnitureFor(plan, sheet, byId, options)}
          pageOf={pageOf}
        />
      ))}
    </div>
  )
}
