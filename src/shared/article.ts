// The article model shared by every process: what the importer produces, what Dexie stores,
// what search indexes and what print lays out. Pure types and helpers only.
import type { ArticleNote } from './note'

export type BlockType = 'paragraph' | 'subhead'

export interface ArticleBlock {
  type: BlockType
  text: string
}

export type ArticleKind = 'article' | 'photo'

/** Jump lines: 下转第N版 (continued on page `to`) and 上接第N版 (continued from page `from`). */
export interface Continuation {
  from: number | null
  to: number | null
}

/** Where an article sits in a newspaper. Every field may be unknown. */
export interface PageMeta {
  paper: string | null
  /** ISO date `YYYY-MM-DD`. */
  date: string | null
  /** 版次, the page number. */
  page: number | null
  /** 版名, the page's section name. */
  section: string | null
}

/** Lines of the source file an article came from, 1-based and inclusive (paragraphs for HTML and
 * Word). */
export interface LineSpan {
  first: number
  last: number
}

/** One article as the import pipeline produces it, before storage. */
export interface ParsedArticle extends PageMeta {
  kind: ArticleKind
  kicker: string | null
  title: string | null
  /** For an item printed without a headline (photo news, a brief): a title made from the first
   * clause of its text, shown as derived, never indexed as a headline, replaced by a real one. */
  derivedTitle: string | null
  subtitle: string | null
  /** The byline as printed, e.g. `► 钟克波 郭海洲` or `本报(特约通讯员 刘澜)`. */
  byline: string | null
  authors: string[]
  imageCredits: string[]
  blocks: ArticleBlock[]
  continuation: Continuation | null
  /** Where in the source file the article stands; null for articles stored before it was kept. */
  sourceLines: LineSpan | null
}

export interface ArticleSource {
  /** Path of the imported file, as the user gave it. */
  file: string
  /** The encoding the file was decoded with, e.g. `utf-8`, `gb18030`, `big5`, `utf-16le`. */
  encoding: string
  /** Position of the article in its file (0-based article index). */
  offset: number
}

/** The fields a correspondent may correct, and a merge compares field by field. */
export const mergeFields = [
  'kind',
  'kicker',
  'title',
  'derivedTitle',
  'subtitle',
  'byline',
  'authors',
  'imageCredits',
  'blocks',
  'continuation',
  'paper',
  'date',
  'page',
  'section',
] as const satisfies readonly (keyof ParsedArticle)[]

export type MergeField = (typeof mergeFields)[number]
export type ArticleFields = Pick<ParsedArticle, MergeField>

/** Another version of one field, kept when a restore or a colleague's file changed it where
 * this archive changed it too: neither edit is lost; the user chooses. */
export interface FieldConflict {
  field: MergeField
  /** The other side's value. */
  theirs: ArticleFields[MergeField]
  /** Where it came from: the backup or export file's name. */
  from: string
  at: number
}

/** An article as stored in the archive. */
export interface Article extends ParsedArticle {
  /** Stable id derived from the article's text, so re-imports never duplicate. */
  id: string
  tags: string[]
  source: ArticleSource
  /** Epoch milliseconds. */
  importedAt: number
  /** Epoch milliseconds of the last edit (equals importedAt until edited). */
  updatedAt: number
  /** The fields as imported, kept once the article is corrected: the common version a merge
   * compares both sides against. Absent while the article is as imported. */
  base?: ArticleFields
  /** Fields the other side changed differently; absent when there are none. */
  conflicts?: FieldConflict[]
  /** 1 while `conflicts` holds any: what the archive's index of conflicted articles reads. */
  conflicted?: 1
  /** Highlights and notes (shared/note.ts); absent while there are none. */
  notes?: ArticleNote[]
}

/** The fields of an article, for comparing versions. */
export function fieldsOf(article: ArticleFields): ArticleFields {
  const fields = {} as Record<MergeField, unknown>
  for (const field of mergeFields) fields[field] = article[field]
  return fields as ArticleFields
}

/** The body as plain text: blocks joined by newlines. */
export function bodyText(article: Pick<ParsedArticle, 'blocks'>): string {
  return article.blocks.map((block) => block.text).join('\n')
}

const DERIVED_MAX = 24
const clauseEnd = /[，。！？；：,!?;:]/

/** A title for an item printed without a headline (photo news, a brief, the tail of a split): the
 * first clause of its first paragraph (without a caption's `图为`), else of its photo credit. */
export function deriveTitle(
  article: Pick<ParsedArticle, 'blocks' | 'imageCredits'>,
): string | null {
  const text =
    article.blocks.find((block) => block.type === 'paragraph')?.text ?? article.imageCredits[0]
  if (text === undefined) return null
  const caption = text.replace(/^(?:[图圖][为為爲]|[图圖][:：])\s*/, '')
  const end = caption.search(clauseEnd)
  const chars = Array.from((end > 0 ? caption.slice(0, end) : caption).trim())
  if (chars.length === 0) return null
  return chars.length > DERIVED_MAX ? `${chars.slice(0, DERIVED_MAX).join('')}…` : chars.join('')
}

/** What lists and the reader call an article: its headline, else its derived title. */
export function displayTitle(article: Pick<ParsedArticle, 'title' | 'derivedTitle'>): {
  text: string
  derived: boolean
} {
  if (article.title !== null && article.title.trim() !== '')
    return { text: article.title, derived: false }
  return { text: article.derivedTitle ?? '', derived: true }
}
