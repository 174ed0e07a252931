// Runs the import pipeline over a user's selection and yields the results in bounded batches
// (at most ~200 articles or ~4 MB each) with progress counts. A broken file is reported and
// skipped; an article is never split across batches; cancelling drops only what was not yet yielded.
import { articleId } from '../../shared/article-id'
import type { ParsedArticle } from '../../shared/article'
import type {
  ImportBatch,
  ImportFileReport,
  ImportProgress,
  ImportRequest,
  ImportSummary,
  MessageRef,
} from '../../shared/api/contract'
import type { ImportError, ImportWarning } from '../../core/import/codes'
import type { EncodingName } from '../../core/import/decode/decode'
import { parseFile } from '../../core/import/pipeline'
import type { ParseOutcome } from '../../core/import/pipeline'
import { importError } from '../../core/import/codes'
import { errorDetail } from '../../shared/system-error'
import { readLimited, sizeLimitFor } from './read'
import { expandPaths } from './walk'

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
  /** What the user granted (main sets it, never the renderer); absent: the chosen paths. */
  granted?: string[] | undefined
  /** One encoding for every file (the parse command's `--encoding`); the request's per-file
   * choices win over it. */
  encoding?: EncodingName | null
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
  articles: ImportBatch['articles'] = []
  files: ImportFileReport[] = []
  sources: ImportBatch['sources'] = []
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
    const { files, bytes, articles } = progress
    const batch = {
      articles: this.articles,
      files: this.files,
      sources: this.sources,
      progress: { files: { ...files }, bytes: { ...bytes }, articles },
    }
    this.articles = []
    this.files = []
    this.sources = []
    this.bytes = 0
    this.since = Date.now()
    return batch
  }
}

/** One file's failure, even an unforeseen one, must not end the import of the others. */
function safeParse(
  path: string,
  bytes: Uint8Array,
  request: ImportRequest,
  options: RunOptions,
): ParseOutcome {
  try {
    const encoding = request.encodings?.[path] ?? options.encoding
    return parseFile({ path, bytes, encoding, meta: request.meta })
  } catch (error) {
    return { ok: false, error: importError('parseFailed', { detail: errorDetail(error) }) }
  }
}

/** A core error or warning as the message the user reads (src/shared/locales/import.ts). */
function errorMessage(error: ImportError): MessageRef {
  return { code: `import:error.${error.code}`, params: error.params }
}

function warningMessage(warning: ImportWarning): MessageRef {
  return { code: `import:warning.${warning.code}`, params: warning.params }
}

function failedReport(file: string, error: ImportError): ImportFileReport {
  return { file, encoding: null, articles: 0, error: errorMessage(error), warnings: [] }
}

export async function* runImport(
  request: ImportRequest,
  options: RunOptions = {},
): AsyncGenerator<ImportBatch, ImportSummary> {
  const { signal } = options
  const walk = await expandPaths(request.paths, { signal, granted: options.granted })
  const progress: ImportProgress = {
    files: { done: 0, total: walk.entries.length },
    bytes: {
      done: 0,
      total: walk.entries.reduce((sum, entry) => sum + (entry.error ? 0 : entry.size), 0),
    },
    articles: 0,
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
      progress.files.done++
      summary.failed++
      continue
    }
    // The real path, checked against the grant; the limit of the format the name says.
    const read = await readLimited(file.real, sizeLimitFor(file.path))
    const parsed = read.ok ? safeParse(file.path, read.bytes, request, options) : read
    summary.files++
    if (!parsed.ok) {
      summary.failed++
      batch.files.push(failedReport(file.path, parsed.error))
    } else {
      for (const [offset, article] of parsed.articles.entries()) {
        const source = { file: file.path, encoding: parsed.encoding, offset }
        batch.articles.push({ ...article, id: articleId(article), source })
        batch.bytes += articleBytes(article)
        progress.articles++
        if (batch.full() && offset < parsed.articles.length - 1) {
          if (signal?.aborted) return { ...summary, cancelled: true }
          yield emit()
        }
      }
      const { encoding, articles, warnings, sourceText } = parsed
      batch.files.push({
        file: file.path,
        encoding,
        articles: articles.length,
        error: null,
        warnings: warnings.map(warningMessage),
      })
      batch.sources.push({ file: file.path, text: sourceText })
      batch.bytes += sourceText.length * 2
    }
    progress.files.done++
    progress.bytes.done += file.size
    if (batch.full()) {
      if (signal?.aborted) return { ...summary, cancelled: true }
      yield emit()
    }
  }
  if (signal?.aborted) return { ...summary, cancelled: true }
  if (batch.articles.length > 0 || batch.files.length > 0) yield emit()
  return summary
}
