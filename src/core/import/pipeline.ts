// The one entry point of the import core: a file's path and bytes in, its articles out.
// Pure: no file system, no Electron, no DOM. The caller reads the bytes.
import type { PageMeta, ParsedArticle } from '../../shared/article'
import { importError } from './codes'
import type { ImportError, ImportWarning } from './codes'
import { decodeBytes } from './decode/decode'
import type { EncodingName } from './decode/decode'
import { docxLines } from './formats/docx/docx'
import type { ZipLimits } from './formats/docx/zip'
import { fieldExportLines } from './formats/fields'
import { htmlLines } from './formats/html'
import { markdownLines, textLines } from './formats/text'
import type { SourceLine } from './lines'
import {
  emptyMeta,
  isWordCountLine,
  mergeMeta,
  metaFromHeader,
  metaFromHeading,
  metaFromInfoLine,
  metaFromPath,
} from './metadata'
import { splitPage } from './split-page'

export type ImportFormat = 'txt' | 'md' | 'html' | 'docx'

const formats: Readonly<Record<string, ImportFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
}

/** Every file extension the importer reads (the import dialog offers these). */
export const importableExtensions: readonly string[] = Object.keys(formats)

export function extensionOf(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? ''
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

export function formatOfPath(path: string): ImportFormat | null {
  return formats[extensionOf(path)] ?? null
}

export interface ParseInput {
  /** The path as the user gave it: the format and page metadata are read from it. */
  path: string
  bytes: Uint8Array
  /** The user's choice of encoding for this file; detection otherwise. */
  encoding?: EncodingName | null
  /** Batch metadata from the import dialog: wins over what the file says. */
  meta?: Partial<PageMeta> | null
  zipLimits?: ZipLimits
}

export interface ParseSuccess {
  ok: true
  format: ImportFormat
  encoding: EncodingName
  articles: ParsedArticle[]
  warnings: ImportWarning[]
  /** Column breaks repaired. */
  joins: number
  /** The page as the source view shows it, line N being line N of `sourceLines`: the decoded
   * text, or for HTML and Word the text of their paragraphs, one per line. */
  sourceText: string
}

export interface ParseFailure {
  ok: false
  error: ImportError
}

export type ParseOutcome = ParseSuccess | ParseFailure

const HEADER_SCAN = 3

export interface PageSegment {
  meta: PageMeta
  lines: SourceLine[]
}

/** Headings only so far: a header line here belongs to this page (an e-paper's datesource line
 * under its headline), it does not start another. */
const hasText = (page: PageSegment): boolean => page.lines.some((line) => line.heading === 0)

/** Page header lines become metadata, not article text: weak ones (a date, a page) only at the
 * top of the file, strong ones (a page with a date or a paper) anywhere — those start a new page
 * whose articles get its metadata, so a file of several pages is read page by page. A masthead in
 * a heading (`# 新闻联播 2025年1月2日`) is a header too. */
export function pagesOf(lines: readonly SourceLine[]): PageSegment[] {
  let current: PageSegment = { meta: emptyMeta, lines: [] }
  const pages = [current]
  for (const [index, line] of lines.entries()) {
    // A record of a field export opens with its own metadata: a page of its own.
    if (line.meta) {
      if (hasText(current)) pages.push((current = { meta: line.meta, lines: [] }))
      else current.meta = mergeMeta(line.meta, current.meta)
    }
    if (line.heading === 0 && isWordCountLine(line.text)) continue
    // The fields under a web page's headline date the page and stay with the article as its byline.
    const info = line.heading === 0 ? metaFromInfoLine(line.text) : null
    if (info) current.meta = mergeMeta(current.meta, info)
    const header = line.heading > 0 ? metaFromHeading(line.text) : metaFromHeader(line.text)
    const strong =
      header !== null &&
      (header.page !== null || line.heading > 0) &&
      (header.date !== null || header.paper !== null)
    if (!header || !(strong || (index < HEADER_SCAN && current.lines.length === 0))) {
      current.lines.push(line)
    } else if (!hasText(current)) {
      current.meta = mergeMeta(header, current.meta)
    } else {
      current = { meta: mergeMeta(header, current.meta), lines: [] }
      pages.push(current)
    }
  }
  return pages
}

type LinesResult =
  | {
      ok: true
      lines: SourceLine[]
      encoding: EncodingName
      warnings: ImportWarning[]
      /** The decoded text, for the formats whose line numbers are its lines. */
      text: string | null
    }
  | ParseFailure

export function linesOf(format: ImportFormat, input: ParseInput): LinesResult {
  if (format === 'docx') {
    const docx = docxLines(input.bytes, input.zipLimits)
    return docx.ok
      ? {
          ok: true,
          lines: fieldExportLines(docx.lines),
          encoding: 'utf-8',
          warnings: [],
          text: null,
        }
      : docx
  }
  const decoded = decodeBytes(input.bytes, input.encoding)
  if (!decoded.ok) return decoded
  const { text, encoding, warnings } = decoded.value
  const lines = fieldExportLines(
    format === 'html' ? htmlLines(text) : format === 'md' ? markdownLines(text) : textLines(text),
  )
  return { ok: true, lines, encoding, warnings, text: format === 'html' ? null : text }
}

/** The paragraphs of a structured file, each on the line its number says. */
function linesAsText(lines: readonly SourceLine[]): string {
  const rows = new Map<number, string>()
  let last = 0
  for (const { line, text } of lines) {
    const before = rows.get(line)
    rows.set(line, before === undefined ? text : `${before} ${text}`)
    last = Math.max(last, line)
  }
  return Array.from({ length: last }, (_, index) => rows.get(index + 1) ?? '').join('\n')
}

const SECTION_LABEL_MAX = 8

/**
 * A page often opens with its section name alone on a line (要闻, 园区经济): the splitter sees a
 * headline without text. Before other articles it is the page's 版名, not an article.
 */
function takeSectionLabel(articles: readonly ParsedArticle[]): {
  section: string | null
  rest: readonly ParsedArticle[]
} {
  const [first, ...rest] = articles
  const bare =
    first !== undefined &&
    rest.length > 0 &&
    first.title !== null &&
    Array.from(first.title).length <= SECTION_LABEL_MAX &&
    first.section === null &&
    first.kicker === null &&
    first.subtitle === null &&
    first.byline === null &&
    first.imageCredits.length === 0 &&
    first.blocks.length === 0 &&
    first.continuation === null
  return bare ? { section: first.title, rest } : { section: null, rest: articles }
}

export function parseFile(input: ParseInput): ParseOutcome {
  const format = formatOfPath(input.path)
  if (!format) {
    const extension = extensionOf(input.path)
    const error = extension
      ? importError('unsupportedFormat', { extension })
      : importError('noExtension')
    return { ok: false, error }
  }
  if (input.bytes.length === 0) return { ok: false, error: importError('emptyFile') }
  const result = linesOf(format, input)
  if (!result.ok) return result
  const pathMeta = metaFromPath(input.path)
  const articles: ParsedArticle[] = []
  const warnings = [...result.warnings]
  let joins = 0
  for (const page of pagesOf(result.lines)) {
    const split = splitPage(page.lines)
    const { section, rest } = takeSectionLabel(split.articles)
    for (const article of rest) {
      const own = { section: article.section }
      articles.push({ ...article, ...mergeMeta(input.meta, own, page.meta, { section }, pathMeta) })
    }
    warnings.push(...split.warnings)
    joins += split.joins
  }
  if (articles.length === 0) return { ok: false, error: importError('noArticles') }
  const sourceText = result.text ?? linesAsText(result.lines)
  return { ok: true, format, encoding: result.encoding, articles, warnings, joins, sourceText }
}
