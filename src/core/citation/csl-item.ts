// An article as a CSL-JSON item: the one description of a citation that every output is made
// from — citeproc-js renders GB/T 7714 from it, the RIS writer maps it, and Zotero imports it.
import type { Article } from '../../shared/article'
import { splitName, type PersonName } from './names'

/** The subset of CSL-JSON (citationstyles.org schema) this archive fills in. */
export interface CslItem {
  id: string
  type: 'article-newspaper'
  title: string
  author?: PersonName[]
  'container-title'?: string
  issued?: { 'date-parts': [[number, number, number]] }
  page?: string
  section?: string
}

export type CitableArticle = Pick<
  Article,
  'id' | 'title' | 'derivedTitle' | 'authors' | 'paper' | 'date' | 'page' | 'section' | 'notes'
>

function dateParts(iso: string | null): [number, number, number] | null {
  const match = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (match === null) return null
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

export function cslItem(article: CitableArticle): CslItem {
  const item: CslItem = {
    id: article.id,
    type: 'article-newspaper',
    // A headline-less item is cited by the title made from its text, as the list shows it.
    title: article.title ?? article.derivedTitle ?? '',
  }
  const authors = article.authors.filter((name) => name.trim() !== '').map(splitName)
  if (authors.length > 0) item.author = authors
  if (article.paper !== null && article.paper !== '') item['container-title'] = article.paper
  const parts = dateParts(article.date)
  if (parts !== null) item.issued = { 'date-parts': [parts] }
  if (article.page !== null) item.page = String(article.page)
  if (article.section !== null && article.section !== '') item.section = article.section
  return item
}

/** A CSL-JSON file: an array of items, the form Zotero's importer and citeproc both read. */
export function cslJson(articles: readonly CitableArticle[]): string {
  return `${JSON.stringify(articles.map(cslItem), null, 2)}\n`
}
