// The name Save as PDF suggests, saying what the file holds: a page by its paper, date and page
// (人民日报-2020-05-02-第1版), clippings by what was searched or the one article, and the day
// (剪报-高新区-2026-12-01). Main makes it safe for the file system.
import type { TFunction } from 'i18next'
import type { PrintArticle } from '../../core/print/article'
import { commonPaper } from '../../core/print/paper-name'
import type { PrintOptions } from '../../shared/print-job'
import { localIsoDate } from '../../shared/dates'

export interface PdfNameContext {
  /** The search the articles were printed from, if any. */
  subject: string
  today: Date
}

const shortened = (text: string, length = 20): string =>
  text.length > length ? text.slice(0, length) : text

export function pdfFileName(
  t: TFunction<'print'>,
  articles: readonly PrintArticle[],
  options: PrintOptions,
  context: PdfNameContext,
): string {
  const first = articles[0]
  if (options.layout === 'page') {
    return t('pdfName.page', {
      paper: options.paperName.trim() || (commonPaper(articles) ?? t('sheet.compilation')),
      date: options.date ?? first?.date ?? localIsoDate(context.today),
      page: options.firstPage,
    })
  }
  const single = articles.length === 1 ? (first?.title ?? null) : null
  const subject =
    context.subject.trim() || single || t('pdfName.articles', { count: articles.length })
  return t('pdfName.clipping', {
    subject: shortened(subject),
    date: localIsoDate(context.today),
  })
}
