// What the masthead, source line and footer of each sheet say.
import type { PrintArticle } from '../../core/print/article'
import type { PagePlan, SheetPlan } from '../../core/print/layout'
import type { PrintOptions } from '../../shared/print-job'
import { commonPaper } from '../../core/print/paper-name'
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
    const paper = firstNonEmpty(options.paperName, article?.paper, commonPaper(articles.values()))
    return {
      // A page of articles from no named paper is a compilation of clippings.
      paperName: paper ?? sheetText('compilation'),
      date: firstNonEmpty(options.date, article?.date, first?.date),
      section: firstNonEmpty(article?.section, first?.section),
      page,
      clipping: null,
    }
  }
  const own = plan.sheets.filter((s) => s.modules[0]?.articleId === article?.id)
  return {
    paperName: firstNonEmpty(article?.paper, options.paperName) ?? sheetText('unknownPaper'),
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
