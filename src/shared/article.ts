// The article model shared by every process: what the importer produces, what Dexie stores,
// what search indexes and what print lays out. Pure types and helpers only.

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
}

/** The body as plain text: blocks joined by newlines. */
export function bodyText(article: Pick<ParsedArticle, 'blocks'>): string {
  return article.blocks.map((block) => block.text).join('\n')
}
