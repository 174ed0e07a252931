// What the masthead, source line and footer of each sheet say.
import type { PrintArticle } from '../../core/print/article'
import type { PagePlan, SheetPlan } from '../../core/print/layout'
import type { PrintOptions } from '../../shared/print-job'
import type { SheetFurniture } from './Sheet'
import { sheetText } from './sheet-text'

function firstNonEmpty(...values: (string | null | undefined)[]): string | null {
  for (const value of values)
    if (value !== null && value !== undefined && value.trim() !== '') return value.trim()
  return null
}

function articleOf(sheet: SheetPlan, articles: ReadonlyMap<string, PrintArticle>) {
  const id = sheet.modules[0]?.articleId
  return id === undefined ? undefined : articles.get(id)
}

export function furnitureFor(
  plan: PagePlan,
  sheet: SheetPlan,
  articles: ReadonlyMap<string, PrintArticle>,
  options: PrintOptions,
): SheetFurniture {
  const article = articleOf(sheet, articles)
  const first = articles.values().next().value
  const page = options.firstPage + sheet.index
  if (plan.layout === 'page') {
    return {
      paperName: firstNonEmpty(options.paperName, first?.paper) ?? sheetText('defaultPaper'),
      date: firstNonEmpty(options.date, first?.date),
      section: firstNonEmpty(article?.section, first?.section),
      page,
      clipping: null,
    }
  }
  const own = plan.sheets.filter((s) => s.modules[0]?.articleId === article?.id)
  return {
    paperName: firstNonEmpty(article?.paper, options.paperName) ?? sheetText('defaultPaper'),
    date: firstNonEmpty(article?.date, options.date),
    section: firstNonEmpty(article?.section),
    page,
    clipping: {
      index: own.indexOf(sheet) + 1,
      count: own.length,
      sourcePage: article?.page ?? null,
    },
  }
}
