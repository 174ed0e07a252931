// What the engine indexes of an article: its text fields, and the fields filters and facets use.
import { bodyText, type Article } from '../../shared/article'
import { normalize } from './normalize'

export interface SearchDoc {
  id: string
  kicker?: string | null
  title?: string | null
  subtitle?: string | null
  /** Paragraphs separated by `\n`. */
  body: string
  /** ISO `YYYY-MM-DD` (a shorter `YYYY` or `YYYY-MM` is accepted). */
  date?: string | null
  authors?: readonly string[]
  tags?: readonly string[]
  paper?: string | null
  section?: string | null
  page?: number | null
  /** What the correspondent wrote in the article's notes, one entry per note. */
  notes?: readonly string[]
  /** The article's version (its `updatedAt`): a stored index is checked against the archive's. */
  version?: number
}

/** Opens the notes at the end of a search text: a character normalisation never leaves in
 * text or queries, so no phrase matches across it and `笔记:` finds the notes alone. */
export const NOTES_MARK = '\u0002'

/** What the correspondent wrote in the article's notes, one entry per note. */
function notesText(article: Article): string[] {
  return (article.notes ?? []).map((note) => note.text).filter((text) => text !== '')
}

export function searchDocFromArticle(article: Article): SearchDoc {
  return {
    id: article.id,
    kicker: article.kicker,
    title: article.title,
    subtitle: article.subtitle,
    body: bodyText(article),
    date: article.date,
    authors: article.authors,
    tags: article.tags,
    paper: article.paper,
    section: article.section,
    page: article.page,
    notes: notesText(article),
    version: article.updatedAt,
  }
}

/** The headline block, in reading order: 引题 (kicker), 主题 (title), 副题 (subtitle). */
export function headlineParts(doc: SearchDoc): string[] {
  return [doc.kicker, doc.title, doc.subtitle].filter(
    (part): part is string => typeof part === 'string' && part.length > 0,
  )
}

/**
 * The one normalised string verification runs on: the headline block, a line break, the body.
 * Each headline part is normalised on its own and the parts joined by line breaks after, so
 * these block separators survive normalisation (which drops all white space, so no query holds
 * one): no phrase matches across kicker, title, subtitle, body and notes.
 */
export function searchText(doc: SearchDoc): { text: string; headlineEnd: number } {
  const headline = headlineParts(doc).map(normalize).join('\n')
  // Each note opens with the mark, so no phrase runs from one note into the next.
  const notes = (doc.notes ?? []).map((note) => `${NOTES_MARK}${normalize(note)}`).join('')
  return { text: `${headline}\n${normalize(doc.body)}${notes}`, headlineEnd: headline.length }
}

/** `YYYY-MM-DD` (or `YYYY`, `YYYY-MM`) as the number YYYYMMDD, 0 when unknown. */
export function dateNumber(date: string | null | undefined): number {
  const match = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?/.exec(date ?? '')
  if (!match) return 0
  return Number(match[1]) * 10000 + Number(match[2] ?? 0) * 100 + Number(match[3] ?? 0)
}
