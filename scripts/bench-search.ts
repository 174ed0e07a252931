// `npm run bench:search`: the search engine in Chromium (what the renderer runs) on
// ../shared/bench-corpus and on a corpus of 100,000 articles derived from it, beside a
// brute-force scan (ground truth, and the floor to beat) and MiniSearch with the same tokenizer;
// then, in another fresh page, what the live segments (FlexSearch) cost: documents added,
// edited and removed one at a time, queries with them in, and sealing.
// Options: --corpus DIR, --derived N (0 skips it), --per-class N (queries per class),
// --skip-minisearch (its build takes minutes), --json FILE.
import { readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { chromiumArgs, chromiumPath } from '../src/browser-host/chromium'
import { corpusFiles, deriveCorpus, DERIVE_SEED, readCorpus } from './bench/corpus'
import type { BenchLiveApi, LiveQueryTiming } from './bench/live-search-page'
import type { BenchApi, MiniTiming, QueryTiming } from './bench/page'
import { drawQueries, type BenchQuery } from './bench/queries'
import { serveBench } from './bench/server'
import { accuracy, fmt, mib, percentile } from './bench/stats'

type Bench = { bench: BenchApi }
type BenchLive = { benchLive: BenchLiveApi }

/** Rows of the app's first page of results, whose marks the worker sends with it. */
const FIRST_PAGE_ROWS = 50

/** Documents added one at a time into live segments; a tenth of them edited, then removed. */
const LIVE_DOCS = 500

interface Memory {
  heap: number
  rss: number
}

async function memory(browser: Browser, page: Page): Promise<Memory> {
  const session = await page.context().newCDPSession(page)
  for (let i = 0; i < 3; i++) await session.send('HeapProfiler.collectGarbage')
  const { usedSize } = await session.send('Runtime.getHeapUsage')
  const browserSession = await browser.newBrowserCDPSession()
  const info = (await browserSession.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[]
  }
  let rss = 0
  for (const process of info.processInfo.filter((p) => p.type === 'renderer')) {
    try {
      const status = readFileSync(`/proc/${String(process.id)}/status`, 'utf8')
      rss = Math.max(rss, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024)
    } catch {
      // The process ended between the two calls.
    }
  }
  return { heap: usedSize, rss }
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve('scripts/bench/live-search-page.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
  })
  return result.outputFiles[0]?.text ?? ''
}

interface CorpusRun {
  name: string
  description: string
  docs: number
  chars: number
  buildMs: number
  built: Memory
  save: { ms: number; bytes: number; chunks: number; largest: number }
  load: { firstSearchableAt: number; allLoadedAt: number; loadMs: number; shards: number }
  loaded: Memory
  queries: BenchQuery[]
  timings: QueryTiming[]
  /** Per query: marking the first page's rows. */
  marksMs: number[]
  mini: { buildMs: number; timings: MiniTiming[] } | null
  live: LiveRun
}

interface LiveRun {
  queries: number
  before: LiveQueryTiming[]
  with: LiveQueryTiming[]
  addMs: number[]
  editMs: number[]
  removeMs: number[]
  segments: { docs: number; shards: number }
  sealMs: number
  exportMs: number
  loaded: Memory
  withLive: Memory
  sealed: Memory
}

/** A fresh page: load the stored index, then time documents going through live segments. */
async function runLive(
  browser: Browser,
  context: BrowserContext,
  url: string,
  queries: string[],
): Promise<LiveRun> {
  const page = await context.newPage()
  await page.goto(url)
  await page.evaluate(() => (globalThis as unknown as BenchLive).benchLive.load())
  const loaded = await memory(browser, page)
  const timeQueries = () =>
    page.evaluate((list) => (globalThis as unknown as BenchLive).benchLive.run(list), queries)
  await page.evaluate(
    (list) => (globalThis as unknown as BenchLive).benchLive.run(list),
    queries.slice(0, 30),
  ) // warm-up
  const before = await timeQueries()
  const add = await page.evaluate(
    (count) => (globalThis as unknown as BenchLive).benchLive.add(count),
    LIVE_DOCS,
  )
  const segments = await page.evaluate(() =>
    (globalThis as unknown as BenchLive).benchLive.segments(),
  )
  const edit = await page.evaluate(
    (count) => (globalThis as unknown as BenchLive).benchLive.edit(count),
    LIVE_DOCS / 10,
  )
  const withLive = await memory(browser, page)
  const timings = await timeQueries()
  const remove = await page.evaluate(
    (count) => (globalThis as unknown as BenchLive).benchLive.remove(count),
    LIVE_DOCS / 10,
  )
  const seal = await page.evaluate(() => (globalThis as unknown as BenchLive).benchLive.seal())
  const sealed = await memory(browser, page)
  await page.close()
  return {
    queries: queries.length,
    before,
    with: timings,
    addMs: add.ms,
    editMs: edit.ms,
    removeMs: remove.ms,
    segments,
    sealMs: seal.sealMs,
    exportMs: seal.ms,
    loaded,
    withLive,
    sealed,
  }
}

async function runCorpus(
  browser: Browser,
  url: string,
  name: string,
  description: string,
  queries: BenchQuery[],
  withMini: boolean,
): Promise<CorpusRun> {
  const context = await browser.newContext()
  const builder = await context.newPage()
  await builder.goto(url)
  process.stderr.write(`[${name}] building…\n`)
  const built = await builder.evaluate(
    (corpus) => (globalThis as unknown as Bench).bench.build(corpus),
    name,
  )
  await builder.evaluate(() => {
    ;(globalThis as unknown as Bench).bench.dropCorpus()
  })
  const builtMemory = await memory(browser, builder)
  process.stderr.write(`[${name}] built in ${fmt(built.buildMs / 1000)} s; saving…\n`)
  const save = await builder.evaluate(() => (globalThis as unknown as Bench).bench.save())
  const texts = queries.map((q) => q.text)
  let mini: CorpusRun['mini'] = null
  if (withMini) {
    process.stderr.write(`[${name}] MiniSearch…\n`)
    mini = await builder.evaluate(
      (list) => (globalThis as unknown as Bench).bench.miniSearch(list),
      texts,
    )
  }
  await builder.close()
  // A fresh page, as the app at start: load the stored index, then search.
  const reader = await context.newPage()
  await reader.goto(url)
  process.stderr.write(`[${name}] loading from IndexedDB…\n`)
  const load = await reader.evaluate(() => (globalThis as unknown as Bench).bench.load())
  const loaded = await memory(browser, reader)
  process.stderr.write(`[${name}] ${String(texts.length)} queries…\n`)
  await reader.evaluate(
    (list) => (globalThis as unknown as Bench).bench.run(list),
    texts.slice(0, 60),
  ) // warm-up
  const timings = await reader.evaluate(
    (list) => (globalThis as unknown as Bench).bench.run(list),
    texts,
  )
  const marksMs = await reader.evaluate(
    ([corpus, list, rows]) => (globalThis as unknown as Bench).bench.marks(corpus, list, rows),
    [name, texts, FIRST_PAGE_ROWS] as const,
  )
  await reader.close()
  process.stderr.write(`[${name}] live segments…\n`)
  // Every third query: the scan that checks each one is slow at 100k.
  const live = await runLive(
    browser,
    context,
    url,
    texts.filter((_, i) => i % 3 === 0),
  )
  await context.close()
  return {
    name,
    description,
    ...built,
    built: builtMemory,
    save,
    load,
    loaded,
    queries,
    timings,
    marksMs,
    mini,
    live,
  }
}

function liveReport(live: LiveRun): string[] {
  const p = (values: number[]): string =>
    `${fmt(percentile(values, 50))} / ${fmt(percentile(values, 95))}`
  const mean = (values: number[]): string =>
    fmt(values.reduce((a, b) => a + b, 0) / Math.max(1, values.length))
  const exact = live.with.filter((x) => x.exact).length
  const liveHits = live.with.reduce((sum, x) => sum + x.liveHits, 0)
  return [
    `live segments (FlexSearch Document), in a fresh page after loading the stored index:`,
    `  ${String(live.addMs.length)} documents added one at a time (add + sync): mean ${mean(live.addMs)} ms, p50/p95 ${p(live.addMs)} ms → ${String(live.segments.docs)} live documents in ${String(live.segments.shards)} shard(s)`,
    `  ${String(live.editMs.length)} live documents' text edited (FlexSearch update): mean ${mean(live.editMs)} ms; ${String(live.removeMs.length)} removed: mean ${mean(live.removeMs)} ms`,
    `  ${String(live.queries)} queries p50 / p95 ms, sealed only → with the live documents:`,
    `    first page   ${p(live.before.map((x) => x.firstMs))} → ${p(live.with.map((x) => x.firstMs))}`,
    `    all results  ${p(live.before.map((x) => x.allMs))} → ${p(live.with.map((x) => x.allMs))}`,
    `  with the live documents: ${String(exact)}/${String(live.queries)} queries exact against a scan (${String(liveHits)} hits among live documents); ${String(live.before.filter((x) => x.exact).length)}/${String(live.queries)} before`,
    `  sealing the live documents into postings ${fmt(live.sealMs)} ms; export of the changed shards incl. sealing ${fmt(live.exportMs)} ms`,
    `  heap: loaded ${mib(live.loaded.heap)} → with live segments ${mib(live.withLive.heap)} → sealed ${mib(live.sealed.heap)}; RSS ${mib(live.loaded.rss)} → ${mib(live.withLive.rss)} → ${mib(live.sealed.rss)}`,
  ]
}

function report(run: CorpusRun): string {
  const t = run.timings
  const lines: string[] = []
  const p = (values: number[]): string =>
    `${fmt(percentile(values, 50))} / ${fmt(percentile(values, 95))}`
  const first = t.map((x) => x.firstMs)
  const all = t.map((x) => x.allMs)
  const brute = t.map((x) => x.bruteMs)
  lines.push(`== ${run.description}`)
  lines.push(
    `documents ${String(run.docs)}, ${fmt(run.chars / 1e6, 1)} M characters; ${String(run.load.shards)} shards`,
  )
  lines.push(`build (normalise + index, in the page): ${fmt(run.buildMs / 1000)} s`)
  lines.push(
    `latency p50 / p95 ms over ${String(t.length)} queries (engine time, incl. parsing, verification, ranking):`,
  )
  lines.push(`  first page (100, newest shards first)  ${p(first)}`)
  lines.push(`  all results (exact count, ranked)       ${p(all)}`)
  lines.push(`  brute-force scan (same run)             ${p(brute)}`)
  lines.push(`  marks of the first ${String(FIRST_PAGE_ROWS)} rows, in memory  ${p(run.marksMs)}`)
  lines.push(
    `  all results vs scan: p95 ${fmt(percentile(brute, 95) / percentile(all, 95), 1)}× faster, p50 ${fmt(percentile(brute, 50) / percentile(all, 50), 1)}× faster`,
  )
  for (const kind of ['han', 'mixed'] as const) {
    const ofKind = t.filter((_, i) => run.queries[i]?.kind === kind)
    const a = accuracy(kind, ofKind)
    lines.push(
      `  ${kind.padEnd(5)} ${String(a.queries)} queries: recall ${fmt(a.recall, 3)}, precision ${fmt(a.precision, 3)}, ${String(a.exact)}/${String(a.queries)} exact, mean ${fmt(a.meanTruth, 0)} true hits; all-results p95 ${fmt(
        percentile(
          ofKind.map((x) => x.allMs),
          95,
        ),
      )} ms`,
    )
  }
  for (let length = 1; length <= 8; length++) {
    const ofLength = t.filter((_, i) => Array.from(run.queries[i]?.text ?? '').length === length)
    if (ofLength.length > 0)
      lines.push(
        `  length ${String(length)}: ${String(ofLength.length)} queries, all-results p50/p95 ${p(ofLength.map((x) => x.allMs))} ms`,
      )
  }
  const slowest = t
    .map((x, i) => ({ ...x, query: run.queries[i]?.text ?? '' }))
    .sort((a, b) => b.allMs - a.allMs)
    .slice(0, 5)
    .map((x) => `${x.query} (${String(x.truth)} hits, ${fmt(x.allMs)} ms)`)
  lines.push(`  slowest all-results queries: ${slowest.join(', ')}`)
  const firstWrong = t.reduce((sum, x) => sum + x.firstWrong, 0)
  lines.push(
    `first pages: ${String(firstWrong)} wrong ids in ${String(t.reduce((sum, x) => sum + x.firstCount, 0))}`,
  )
  lines.push(
    `stored index: ${mib(run.save.bytes)} in ${String(run.save.chunks)} records (largest ${mib(run.save.largest)}); export + IndexedDB write ${fmt(run.save.ms / 1000)} s`,
  )
  lines.push(
    `load in a fresh page from IndexedDB: newest shard searchable ${fmt(run.load.firstSearchableAt / 1000)} s after navigation, all ${fmt(run.load.allLoadedAt / 1000)} s (load itself ${fmt(run.load.loadMs / 1000)} s, on the page's main thread)`,
  )
  lines.push(
    `memory: built ${mib(run.built.heap)} JS heap, ${mib(run.built.rss)} renderer RSS; loaded ${mib(run.loaded.heap)} heap, ${mib(run.loaded.rss)} RSS`,
  )
  if (run.mini) {
    const m = run.mini.timings
    const truth = m.reduce((s, x) => s + x.truth, 0)
    const correct = m.reduce((s, x) => s + x.correct, 0)
    const candidates = m.reduce((s, x) => s + x.candidates, 0)
    lines.push(
      `MiniSearch 7 (same unigram+bigram tokenizer, AND of query bigrams, then verified): build ${fmt(run.mini.buildMs / 1000)} s; all results p50/p95 ${p(m.map((x) => x.ms))} ms; recall ${fmt(truth === 0 ? 1 : correct / truth, 3)}, precision before verification ${fmt(candidates === 0 ? 1 : correct / candidates, 3)}`,
    )
  }
  lines.push(...liveReport(run.live))
  return lines.join('\n')
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: {
        type: 'string',
        default: new URL('../../shared/bench-corpus', import.meta.url).pathname,
      },
      derived: { type: 'string', default: '100000' },
      'per-class': { type: 'string', default: '300' },
      json: { type: 'string' },
      'skip-minisearch': { type: 'boolean', default: false },
    },
  })
  const perClass = Number(values['per-class'])
  const derivedCount = Number(values.derived)
  const source = readCorpus(values.corpus)
  const runs: { name: string; description: string; queries: BenchQuery[]; mini: boolean }[] = [
    {
      name: 'bench',
      description: `bench corpus ${values.corpus} (${String(source.length)} items)`,
      queries: drawQueries(source, perClass, 7),
      mini: !values['skip-minisearch'],
    },
  ]
  if (derivedCount > 0) {
    const derived = deriveCorpus(source, derivedCount)
    runs.push({
      name: `derived-${String(derivedCount)}`,
      description: `${String(derivedCount)} articles derived from the bench corpus (paragraphs recombined to 1,300–1,600 characters, titles and dates of random items; mulberry32 seed ${String(DERIVE_SEED)})`,
      queries: drawQueries(derived, perClass, 11),
      mini: false,
    })
  }
  const server = await serveBench(await bundle(), corpusFiles(values.corpus))
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, '--js-flags=--expose-gc'],
  })
  const cpu = cpus()
  const header = `machine: ${String(cpu.length)} cores, ${cpu[0]?.model ?? 'unknown CPU'}, ${mib(totalmem())} RAM; Chromium ${browser.version()} headless (${chromiumPath()}); queries: ${String(perClass)} Han-only (1–8 chars) + ${String(perClass)} mixed Han/digit/Latin (2–8 chars) per corpus, drawn from it`
  const results: CorpusRun[] = []
  try {
    for (const run of runs)
      results.push(
        await runCorpus(browser, server.url, run.name, run.description, run.queries, run.mini),
      )
  } finally {
    await browser.close()
    server.close()
  }
  process.stdout.write(`${header}\n\n${results.map(report).join('\n\n')}\n`)
  if (values.json) writeFileSync(values.json, JSON.stringify({ header, results }, null, 1))
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
  process.exit(1)
})
