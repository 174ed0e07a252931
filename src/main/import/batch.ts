// Runs the import pipeline over a user's selection and yields the results in bounded batches
// (at most ~200 articles or ~4 MB each) with progress counts. A broken file is reported and
// skipped; an article is never split across batches; cancelling drops only what was not yet yielded.
import { articleId } from '../../shared/article-id'
import type { ArticleSource, PageMeta, ParsedArticle } from '../../shared/article'
import type { ImportError, ImportWarning } from '../../core/import/codes'
import type { EncodingName } from '../../core/import/decode/decode'
import { parseFile } from '../../core/import/pipeline'
import type { ParseOutcome } from '../../core/import/pipeline'
import { importError } from '../../core/import/codes'
import { errorDetail } from '../../shared/system-error'
import { readLimited, sizeLimitFor } from './read'
import { expandPaths } from './walk'

export interface ImportRequest {
  /** Files and folders as the user chose or dropped them. */
  paths: string[]
  /** Encoding chosen by the user for every file; detection when absent. */
  encoding?: EncodingName | null
  /** Encoding chosen by the user per file (path as listed in the report); wins over `encoding`. */
  encodings?: Record<string, EncodingName>
  /** Paper, date, page, section set for the whole batch in the import dialog. */
  meta?: Partial<PageMeta> | null
  /** What the user granted (set by main, never by the renderer); absent: the chosen paths. */
  granted?: string[]
}

export interface ImportedArticle extends ParsedArticle {
  id: string
  source: ArticleSource
}

export interface FileReport {
  file: string
  ok: boolean
  encoding: EncodingName | null
  articles: number
  error: ImportError | null
  warnings: ImportWarning[]
  /** The page text for the source view (ParseSuccess.sourceText); null when the file failed. */
  sourceText: string | null
}

export interface ImportProgress {
  filesDone: number
  filesTotal: number
  articlesDone: number
  bytesDone: number
  bytesTotal: number
}

export interface ImportBatch {
  articles: ImportedArticle[]
  /** Files finished since the previous batch (a file's report comes with its last articles). */
  files: FileReport[]
  progress: ImportProgress
}

export interface ImportSummary {
  cancelled: boolean
  files: number
  failed: number
  /** Articles delivered in batches (after a cancel: only those). */
  articles: number
  /** Files inside folders left out: hidden, READMEs or of another format. */
  skipped: number
}

export interface BatchLimits {
  maxArticles: number
  maxBytes: number
  /** Flush at least this often so progress keeps moving. */
  maxMillis: number
}

export const defaultBatchLimits: BatchLimits = {
  maxArticles: 200,
  maxBytes: 4 * 1024 * 1024,
  maxMillis: 250,
}

export interface RunOptions {
  signal?: AbortSignal
  limits?: BatchLimits
}

/** Roughly what an article weighs in a structured-clone message (UTF-16). */
function articleBytes(article: ParsedArticle): number {
  let chars =
    64 +
    (article.title?.length ?? 0) +
    (article.kicker?.length ?? 0) +
    (article.subtitle?.length ?? 0)
  chars += (article.byline?.length ?? 0) + article.imageCredits.join('').length
  for (const block of article.blocks) chars += block.text.length + 16
  return chars * 2
}

class BatchBuilder {
  articles: ImportedArticle[] = []
  files: FileReport[] = []
  bytes = 0
  private since = Date.now()

  constructor(private readonly limits: BatchLimits) {}

  full(): boolean {
    return (
      this.articles.length >= this.limits.maxArticles ||
      this.bytes >= this.limits.maxBytes ||
      (this.files.length > 0 && Date.now() - this.since >= this.limits.maxMillis)
    )
  }

  take(progress: ImportProgress): ImportBatch {
    const batch = { articles: this.articles, files: this.files, progress: { ...progress } }
    this.articles = []
    this.files = []
    this.bytes = 0
    this.since = Date.now()
    return batch
  }
}

/** One file's failure, even an unforeseen one, must not end the import of the others. */
function safeParse(path: string, bytes: Uint8Array, request: ImportRequest): ParseOutcome {
  try {
    const encoding = request.encodings?.[path] ?? request.encoding
    return parseFile({ path, bytes, encoding, meta: request.meta })
  } catch (error) {
    return { ok: false, error: importError('parseFailed', { detail: errorDetail(error) }) }
  }
}

function failedReport(file: string, error: ImportError): FileReport {
  return { file, ok: false, encoding: null, articles: 0, error, warnings: [], sourceText: null }
}

export async function* runImport(
  request: ImportRequest,
  options: RunOptions = {},
): AsyncGenerator<ImportBatch, ImportSummary> {
  const { signal } = options
  const walk = await expandPaths(request.paths, { signal, granted: request.granted })
  const progress: ImportProgress = {
    filesDone: 0,
    filesTotal: walk.entries.length,
    articlesDone: 0,
    bytesDone: 0,
    bytesTotal: walk.entries.reduce((sum, entry) => sum + (entry.error ? 0 : entry.size), 0),
  }
  const summary: ImportSummary = {
    cancelled: false,
    files: 0,
    failed: 0,
    articles: 0,
    skipped: walk.skipped,
  }
  const batch = new BatchBuilder(options.limits ?? defaultBatchLimits)
  const emit = (): ImportBatch => {
    summary.articles += batch.articles.length
    return batch.take(progress)
  }
  for (const file of walk.entries) {
    if (signal?.aborted) return { ...summary, cancelled: true }
    if (file.error) {
      batch.files.push(failedReport(file.path, file.error))
      progress.filesDone++
      summary.failed++
      continue
    }
    // The real path, checked against the grant; the limit of the format the name says.
    const read = await readLimited(file.real, sizeLimitFor(file.path))
    const parsed = read.ok ? safeParse(file.path, read.bytes, request) : read
    summary.files++
    if (!parsed.ok) {
      summary.failed++
      batch.files.push(failedReport(file.path, parsed.error))
    } else {
      for (const [offset, article] of parsed.articles.entries()) {
        const source = { file: file.path, encoding: parsed.encoding, offset }
        batch.articles.push({ ...article, id: articleId(article), source })
        batch.bytes += articleBytes(article)
        progress.articlesDone++
        if (batch.full() && offset < parsed.articles.length - 1) {
          if (signal?.aborted) return { ...summary, cancelled: true }
          yield emit()
        }
      }
      const { encoding, articles, warnings, sourceText } = parsed
      batch.files.push({
        file: file.path,
        ok: true,
        encoding,
        articles: articles.length,
        error: null,
        warnings,
        sourceText,
      })
      batch.bytes += sourceText.length * 2
    }
    progress.filesDone++
    progress.bytesDone += file.size
    if (batch.full()) {
      if (signal?.aborted) return { ...summary, cancelled: true }
      yield emit()
    }
  }
  if (signal?.aborted) return { ...summary, cancelled: true }
  if (batch.articles.length > 0 || batch.files.length > 0) yield emit()
  return summary
}
