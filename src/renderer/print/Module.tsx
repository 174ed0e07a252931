// One article module on the grid: head block, body grid (text frames and photo), jump line.
// The frames stay empty here: flow() pours the text into them after layout.
import type { PrintArticle } from '../../core/print/article'
import type { PlacedModule } from '../../core/print/layout'
import type { Grid } from '../../core/print/paper'
import { gapLines } from '../../core/print/shape'
import { bodyFrames } from '../../core/print/typesetting'
import { ArticleHead } from './ArticleHead'
import { Figure } from './Figure'
import { sheetText } from './sheet-text'
import { columnLeftPt, linesPt, spanPt } from './units'

export interface ModuleProps {
  module: PlacedModule
  article: PrintArticle
  grid: Grid
  /** 版次 of a sheet index. */
  pageOf: (sheet: number) => number
  showJumps: boolean
}

function classes(module: PlacedModule, grid: Grid): string {
  const names = ['np-module', `np-face-${module.headFace}`, `np-${module.variant}`]
  if (module.x > 0) names.push('np-rule-left')
  if (module.y + module.h < grid.lines) names.push('np-rule-below')
  return names.join(' ')
}

export function Module({ module, article, grid, pageOf, showJumps }: ModuleProps) {
  const jumpTo = showJumps && module.jumpTo !== null ? pageOf(module.jumpTo) : null
  const fromPage = showJumps && module.jumpFrom !== null ? pageOf(module.jumpFrom) : null
  const photo = module.photo
  return (
    <article
      className={classes(module, grid)}
      data-module={article.id}
      data-part={module.part}
      style={{
        left: columnLeftPt(grid, module.x),
        top: linesPt(grid, module.y),
        width: spanPt(grid, module.w),
        height: linesPt(grid, module.h),
      }}
    >
      {module.headLines > 0 && (
        <header className="np-head" style={{ height: linesPt(grid, module.headLines) }}>
          <ArticleHead
            article={article}
            variant={module.variant}
            width={module.w}
            grid={grid}
            fromPage={fromPage}
          />
        </header>
      )}
      <div
        className="np-body"
        style={{
          gridTemplateColumns: `repeat(${module.w}, ${spanPt(grid, 1)})`,
          gridTemplateRows: `repeat(${Math.max(1, module.bodyRows)}, ${linesPt(grid, 1)})`,
          height: linesPt(grid, module.bodyRows),
        }}
      >
        {photo !== null && (
          <div
            style={{
              gridColumn: `${module.w - photo.span + 1} / span ${photo.span}`,
              gridRow: `1 / span ${photo.lines}`,
              display: 'flex',
            }}
          >
            <Figure article={article} grid={grid} />
          </div>
        )}
        {bodyFrames(module).map((cell) => (
          <div
            key={cell.column}
            className="np-frame"
            data-story={article.id}
            data-order={module.part * 100 + cell.column}
            data-part={module.part}
            data-top={cell.row - 1}
            data-rows={cell.rows}
            style={{
              gridColumn: `${cell.column + 1}`,
              gridRow: `${cell.row} / span ${cell.rows}`,
              height: linesPt(grid, cell.rows),
            }}
          />
        ))}
      </div>
      {jumpTo !== null && <div className="np-jump">{sheetText('jumpTo', { page: jumpTo })}</div>}
      <div style={{ flex: 'none', height: linesPt(grid, gapLines) }} />
    </article>
  )
}
