// One physical sheet: exactly the paper's size, masthead (or the clipping's source line),
// the body area with its modules, and the footer.
import type { PrintArticle } from '../../core/print/article'
import type { SheetPlan } from '../../core/print/layout'
import { bands } from '../../core/print/paper'
import type { Grid } from '../../core/print/paper'
import { Module } from './Module'
import { dateTexts, sheetText } from './sheet-text'
import { linesPt, spanPt } from './units'

export interface SheetFurniture {
  paperName: string
  date: string | null
  section: string | null
  /** 版次 of this sheet. */
  page: number
  /** Clipping sheets: the page of the clipping, and how many there are. */
  clipping: { index: number; count: number; sourcePage: number | null } | null
}

export interface SheetProps {
  sheet: SheetPlan
  grid: Grid
  articles: ReadonlyMap<string, PrintArticle>
  furniture: SheetFurniture
  pageOf: (sheet: number) => number
}

function mm(value: number): string {
  return `${value}mm`
}

function Masthead({ furniture }: { furniture: SheetFurniture }) {
  const date = dateTexts(furniture.date)
  return (
    <>
      <div className="np-masthead-page">
        <span className="np-masthead-no">{sheetText('pageNo', { page: furniture.page })}</span>
        {furniture.section !== null && (
          <span className="np-masthead-section">{furniture.section}</span>
        )}
      </div>
      <div className="np-masthead-paper">{furniture.paperName}</div>
      <div className="np-masthead-date">
        {date !== null && (
          <>
            <b>{date.date}</b>
            {'\u3000'}
            {date.weekday}
          </>
        )}
      </div>
    </>
  )
}

function SourceLine({ furniture }: { furniture: SheetFurniture }) {
  const date = dateTexts(furniture.date)
  const page = furniture.clipping?.sourcePage ?? null
  const parts = [
    `《${furniture.paperName}》`,
    date?.date ?? '',
    page === null ? '' : sheetText('pageNo', { page }),
    furniture.section ?? '',
  ].filter((part) => part !== '')
  return (
    <>
      <span className="np-source-tag">{sheetText('clipping')}</span>
      <span>{parts.join('　')}</span>
    </>
  )
}

export function Sheet({ sheet, grid, articles, furniture, pageOf }: SheetProps) {
  const { paper } = grid
  const typeWidth = spanPt(grid, grid.columns)
  const bodyTop = bands.top + bands.masthead + bands.afterMasthead
  const clipping = furniture.clipping
  const band = { left: mm(grid.sideMm), width: typeWidth }
  return (
    <section
      className="np-sheet"
      data-sheet={sheet.index}
      style={{ width: mm(paper.widthMm), height: mm(paper.heightMm) }}
    >
      <header
        className={clipping === null ? 'np-masthead' : 'np-source'}
        style={{ ...band, top: mm(bands.top), height: mm(bands.masthead) }}
      >
        {clipping === null ? (
          <Masthead furniture={furniture} />
        ) : (
          <SourceLine furniture={furniture} />
        )}
      </header>
      <div
        className="np-body-area"
        style={{ ...band, top: mm(bodyTop), height: linesPt(grid, grid.lines) }}
      >
        {sheet.modules.map((module) => {
          const article = articles.get(module.articleId)
          if (article === undefined) return null
          return (
            <Module
              key={`${module.articleId}:${module.part}`}
              module={module}
              article={article}
              grid={grid}
              pageOf={pageOf}
              showJumps={clipping === null}
            />
          )
        })}
      </div>
      <footer
        className="np-footer"
        style={{
          ...band,
          top: mm(paper.heightMm - bands.bottom - bands.footer),
          height: mm(bands.footer),
        }}
      >
        <span>{furniture.paperName}</span>
        <span>
          {clipping === null
            ? sheetText('pageNo', { page: furniture.page })
            : sheetText('clippingPage', { page: clipping.index, pages: clipping.count })}
        </span>
      </footer>
    </section>
  )
}
