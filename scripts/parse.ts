// npm run --silent parse -- [--lang zh-CN|en] [--encoding NAME] FILE_OR_FOLDER...
//
// Runs the import pipeline without storage and prints one JSON object per line (JSON Lines):
// for each article, in file order and page order,
//   {file, index, encoding, kind, kicker, title, subtitle, byline, authors, imageCredits, blocks,
//    paper, date, page, section, continuation}
// (`index` is the article's 0-based position in its file, missing values are null); for a file that
// cannot be imported, {file, error, code} with the reason in words and its message code, plus
// `detail`, the system's own words, when the system refused the file. Folders
// are walked recursively. Warnings go to stderr, one line each.
//
// Messages are English by default; `--lang zh-CN` prints them in Chinese. `--encoding` (utf-8,
// utf-16le, utf-16be, gb18030, big5) overrides detection for every file. Exit status: 1 if any
// file failed, else 0 (2 for bad arguments).
import type { ImportedArticle, MessageRef } from '../src/shared/api/contract'
import { isEncodingName, supportedEncodings } from '../src/core/import/decode/decode'
import type { EncodingName } from '../src/core/import/decode/decode'
import { runImport } from '../src/main/import/batch'
import { createTranslator } from '../src/shared/locales/translator'
import type { Translate } from '../src/shared/locales/translator'
import type { Locale } from '../src/shared/locales/types'

interface Arguments {
  lang: Locale
  encoding: EncodingName | null
  paths: string[]
}

function parseArguments(argv: readonly string[]): Arguments | string {
  const result: Arguments = { lang: 'en', encoding: null, paths: [] }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined]
    if (flag === '--lang' || flag === '--encoding') {
      const value = inline ?? argv[++i] ?? ''
      if (flag === '--lang') {
        if (value !== 'en' && value !== 'zh-CN') return `--lang: ${value}`
        result.lang = value
      } else {
        const name = value.toLowerCase()
        if (!isEncodingName(name)) return `--encoding: ${value}`
        result.encoding = name
      }
    } else if (arg === '--') {
      result.paths.push(...argv.slice(i + 1))
      break
    } else {
      result.paths.push(arg)
    }
  }
  return result
}

/** The command's own messages (`import:cli.*`). */
function translator(lang: Locale): Translate {
  const t = createTranslator(lang)
  return (key, params) => t(`import:${key}`, params)
}

/** A report's message code without its namespace: `import:error.emptyFile` → `emptyFile`. */
const bareCode = (message: MessageRef): string => message.code.replace(/^import:\w+\./, '')

function articleLine(article: ImportedArticle): string {
  return JSON.stringify({
    file: article.source.file,
    index: article.source.offset,
    encoding: article.source.encoding,
    kind: article.kind,
    kicker: article.kicker,
    title: article.title,
    subtitle: article.subtitle,
    byline: article.byline,
    authors: article.authors,
    imageCredits: article.imageCredits,
    blocks: article.blocks.map(({ type, text }) => ({ type, text })),
    paper: article.paper,
    date: article.date,
    page: article.page,
    section: article.section,
    continuation: article.continuation,
  })
}

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2))
  const t = translator(typeof args === 'string' ? 'en' : args.lang)
  if (typeof args === 'string' || args.paths.length === 0) {
    if (typeof args === 'string' && args.startsWith('--encoding')) {
      const encoding = args.slice('--encoding: '.length)
      process.stderr.write(
        `${t('cli.unknownEncoding', { encoding, choices: supportedEncodings.join(', ') })}\n`,
      )
    }
    process.stderr.write(`${t('cli.usage')}\n`)
    return 2
  }
  // The app's translator: a file-system failure's sentence lives in `app`.
  const full = createTranslator(args.lang)
  const message = (entry: MessageRef): string => full(entry.code, entry.params)
  const runner = runImport({ paths: args.paths }, { encoding: args.encoding })
  let failed = 0
  let seen = 0
  let carried = 0 // articles of the file in progress printed with the previous batch
  for (;;) {
    const next = await runner.next()
    if (next.done) break
    const queue = next.value.articles
    let at = 0
    const lines: string[] = []
    // Articles come before their file's report: print each file's articles, then its error.
    for (const report of next.value.files) {
      seen++
      const own = Math.max(0, report.articles - carried)
      carried = 0
      for (const article of queue.slice(at, at + own)) lines.push(articleLine(article))
      at += own
      if (report.error) {
        failed++
        const error = message(report.error)
        const code = bareCode(report.error)
        const found = report.error.params?.detail
        const detail = typeof found === 'string' ? { detail: found } : {}
        lines.push(JSON.stringify({ file: report.file, error, code, ...detail }))
      }
      for (const warning of report.warnings) {
        const text = message(warning)
        process.stderr.write(`${t('cli.warningLine', { file: report.file, message: text })}\n`)
      }
    }
    for (const article of queue.slice(at)) lines.push(articleLine(article))
    carried += queue.length - at
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`)
  }
  if (seen === 0) process.stderr.write(`${t('cli.noFiles')}\n`)
  return failed > 0 ? 1 : 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exitCode = 1
  },
)
