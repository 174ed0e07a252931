// npm run bench:import [-- --runs N] [--keep]
//
// The import benchmark: turns ../shared/bench-corpus into page files in a temporary
// folder (one page per broadcast day, in the reference page's layout), then measures
//   - parse throughput of the pure pipeline (decode + split + metadata) over all pages, in MB/s,
//     median and p95 (the slow tail) over N runs after one warm-up run;
//   - the Node import path (walk + read + parse + batching) once, in MB/s;
//   - splitting recall: articles found with their exact headline (and exact text) versus written;
//   - the whole app in Chromium (browser host, needs `npm run build`): every page imported through
//     the UI into IndexedDB and the search index, until the last article is found by search, with
//     the CPU time it took in the host and in the renderer (steadier than wall clock on a busy
//     machine).
// Prints the machine (CPU model, cores, Node version) and the corpus with the figures.
// `--keep` leaves the page folder in place and prints its path. Target: parse ≥ 20 MB/s.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { cpus, platform, release, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseFile } from '../src/core/import/pipeline'
import { runImport } from '../src/main/import/batch'
import { loadNewsItems, newsCorpusFolder } from './bench/news-items'
import { makePages } from './bench/make-pages'
import type { GeneratedPage } from './bench/make-pages'
import { countRecall, emptyCounts } from './bench/import-recall'
import { measureChromiumImport } from './bench/import-chromium'

const MB = 1024 * 1024

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name)
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN
  return Number.isFinite(value) && value > 0 ? value : fallback
}

function quantile(sorted: readonly number[], q: number): number {
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[at] ?? NaN
}

const fmt = (value: number, digits = 1): string => value.toFixed(digits)

async function parseRun(files: readonly { path: string; bytes: Uint8Array }[]): Promise<number> {
  const start = performance.now()
  let articles = 0
  for (const file of files) {
    const result = parseFile({ path: file.path, bytes: file.bytes })
    if (result.ok) articles += result.articles.length
  }
  const seconds = (performance.now() - start) / 1000
  if (articles === 0) throw new Error('no articles parsed')
  await new Promise((resolve) => setImmediate(resolve))
  return seconds
}

async function nodeImport(folder: string): Promise<{ seconds: number; articles: number }> {
  const start = performance.now()
  let articles = 0
  for await (const batch of runImport({ paths: [folder] })) articles += batch.articles.length
  return { seconds: (performance.now() - start) / 1000, articles }
}

function recall(
  pages: readonly GeneratedPage[],
  files: readonly { path: string; bytes: Uint8Array }[],
) {
  const counts = emptyCounts()
  pages.forEach((page, index) => {
    const file = files[index]
    if (!file) return
    const result = parseFile({ path: file.path, bytes: file.bytes })
    countRecall(page.items, result.ok ? result.articles : [], counts)
  })
  return counts
}

async function main(): Promise<void> {
  const runs = option('--runs', 7)
  const keep = process.argv.includes('--keep')
  const items = loadNewsItems()
  const folder = await mkdtemp(join(tmpdir(), 'bench-import-'))
  const pages = await makePages(join(folder, 'pages'), items)
  const files = await Promise.all(
    pages.map(async (page) => ({ path: page.path, bytes: await readFile(page.path) })),
  )
  const totalBytes = files.reduce((sum, file) => sum + file.bytes.length, 0)

  const cpu = cpus()
  console.log(
    `machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}, ${platform()} ${release()}`,
  )
  console.log(
    `corpus:  ${newsCorpusFolder} — ${items.length} items → ${pages.length} page files (one per day), ${fmt(totalBytes / MB)} MB`,
  )

  await parseRun(files) // warm-up: JIT and the encoding tables
  const seconds: number[] = []
  for (let run = 0; run < runs; run++) seconds.push(await parseRun(files))
  const sorted = [...seconds].sort((a, b) => a - b)
  const median = totalBytes / MB / quantile(sorted, 0.5)
  const slow = totalBytes / MB / quantile(sorted, 0.95)
  console.log(
    `parse:   median ${fmt(median)} MB/s, p95 ${fmt(slow)} MB/s over ${runs} runs (${sorted.map((s) => fmt(s, 2)).join(' ')} s) — target ≥ 20 MB/s ${median >= 20 ? 'met' : 'NOT met'}`,
  )

  const node = await nodeImport(join(folder, 'pages'))
  console.log(
    `import:  walk + read + parse + batches: ${fmt(totalBytes / MB / node.seconds)} MB/s, ${node.articles} articles in ${fmt(node.seconds, 2)} s`,
  )

  const counts = recall(pages, files)
  const percent = (part: number, whole: number): string => `${fmt((100 * part) / whole, 2)}%`
  console.log(
    `recall:  ${counts.titled}/${counts.written} articles found by exact headline (${percent(counts.titled, counts.written)}), ` +
      `${counts.exact} with exact text (${percent(counts.exact, counts.written)}); ${counts.found} articles found in all ` +
      `(precision ${percent(counts.titled, counts.found)})`,
  )

  const last = pages
    .at(-1)
    ?.items.filter((item) => !item.title.includes('"'))
    .at(-1)
  if (last !== undefined) {
    const chromium = await measureChromiumImport(
      join(__dirname, '..'),
      join(folder, 'pages'),
      last.title,
    )
    const memory =
      chromium.rendererPeakMb === null ? 'unknown' : `${fmt(chromium.rendererPeakMb, 0)} MB`
    console.log(
      `app:     Chromium ${chromium.browserVersion}, the built app through the browser host: ${chromium.articles} articles stored in ${fmt(chromium.storedSeconds)} s, ` +
        `stored and searchable in ${fmt(chromium.searchableSeconds)} s (${fmt(chromium.articlesPerSecond, 0)} articles/s) — target ≤ 30 s ${chromium.searchableSeconds <= 30 ? 'met' : 'NOT met'}; ` +
        `peak memory: renderer ${memory}, host (main side) ${fmt(chromium.hostPeakMb, 0)} MB`,
    )
    const rendererCpu =
      chromium.rendererCpuSeconds === null ? 'unknown' : `${fmt(chromium.rendererCpuSeconds)} s`
    console.log(
      `cpu:     during that import: host (main side, import worker included) ${fmt(chromium.hostCpuSeconds)} s, renderer ${rendererCpu}`,
    )
  }

  if (keep) console.log(`pages kept in ${join(folder, 'pages')}`)
  else await rm(folder, { recursive: true, force: true })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
