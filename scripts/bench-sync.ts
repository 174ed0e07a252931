// npm run bench:sync [-- --articles N] [--runs N]
//
// Issue 14's figures, lived as two correspondents would: laptop A imports an archive recombined
// from ../shared/bench-corpus (default 20,000 articles) through the import dialog of the built
// app (browser host, headless Chromium), connects to the bureau's server (pouchdb-server on a
// loopback port, in memory) through 团队共享 and sends it all; laptop B, empty, connects and
// receives it all. Then, `--runs` times, a headline corrected on A is timed until B's search
// finds it. Timed until the screen shows it: the status line, the article count, the search.
import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, platform, release, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { startCouchServer } from '../src/main/sync/testing/couch-server'
import type { CouchServerProcess } from '../src/main/sync/testing/couch-server'
import { loadNewsItems, newsCorpusFolder } from './bench/news-items'
import { countContaining, scaleItems, writeScaleCorpus } from './bench/scale-corpus'
import { launchScaleApp, rendererRssMb } from './bench/scale-app'
import type { ScaleApp } from './bench/scale-app'
import { closeImportPanel, importWithProgress } from './bench/scale-actions'
import { median, timingTable } from './bench/scale-report'
import type { Row } from './bench/scale-report'

const appRoot = join(__dirname, '..')
const LONG = 3_600_000
const PHRASE = '高质量发展'

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name)
  const value = at === -1 ? NaN : Number(process.argv[at + 1])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

const p95 = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN
}

async function launch(folder: string, name: string): Promise<ScaleApp> {
  return launchScaleApp({
    appRoot,
    profileDir: join(folder, name),
    importFolder: join(folder, 'pages'),
    nextBackupPath: () => join(folder, `${name}.jsonl`),
  })
}

/** Connects through 团队共享; time until the status says in sync with nothing left to send. */
async function connect(page: Page, server: CouchServerProcess, user: string): Promise<number> {
  await page.locator('.toolbar .sync-button').click()
  const dialog = page.getByRole('dialog', { name: '团队共享' })
  await dialog.getByLabel('服务器地址').fill(server.url)
  await dialog.getByLabel('编辑部数据库').fill('bureau')
  await dialog.getByLabel('用户名').fill(user)
  await dialog.getByLabel('密码').fill(`pw-${user}`)
  const from = performance.now()
  await dialog.getByRole('button', { name: '保存并连接' }).click()
  const status = dialog.getByRole('status', { name: '团队共享' })
  for (;;) {
    const text = (await status.textContent()) ?? ''
    if (text.startsWith('已同步') && !text.includes('待发送')) break
    if (performance.now() - from > LONG) throw new Error(`not in sync: ${text}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const ms = performance.now() - from
  await dialog.getByRole('button', { name: '关闭' }).click()
  return ms / 1000
}

async function correctFirstHeadline(page: Page, title: string): Promise<void> {
  await page.getByRole('listbox', { name: '文章库' }).getByRole('option').first().click()
  await page.getByRole('button', { name: '编辑', exact: true }).click()
  const form = page.getByRole('form', { name: '更正文章' })
  await form.getByLabel('标题', { exact: true }).fill(title)
  await form.getByRole('button', { name: '保存' }).click()
}

async function main(): Promise<void> {
  const count = option('--articles', 20_000)
  const runs = option('--runs', 10)
  const folder = await mkdtemp(join(tmpdir(), 'bench-sync-'))
  const server = await startCouchServer()
  const rows: Row[] = []
  let a: ScaleApp | null = null
  let b: ScaleApp | null = null
  try {
    await server.database('bureau')
    await server.user('a', 'pw-a')
    await server.user('b', 'pw-b')
    const corpus = await writeScaleCorpus(join(folder, 'pages'), scaleItems(loadNewsItems(), count))
    const cpu = cpus()
    console.log(`corpus:  ${newsCorpusFolder} recombined into ${String(corpus.articles)} articles`)
    a = await launch(folder, 'a')
    console.log(
      `machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${String(cpu.length)} cores, Node ${process.version}, ` +
        `Chromium ${a.host.context.browser()?.version() ?? '?'}, ${platform()} ${release()}; server: pouchdb-server 4 in memory on loopback`,
    )
    const pageA = a.page
    await pageA.getByRole('button', { name: '导入示例档案' }).waitFor({ timeout: LONG })
    const imported = await importWithProgress(a.page, {
      maxSeconds: LONG / 1000,
      rss: () => rendererRssMb(pageA),
    })
    await closeImportPanel(a.page)
    console.error(`imported ${String(imported.added)} in ${imported.seconds.toFixed(0)} s`)
    const pushed = await connect(a.page, server, 'a')
    rows.push({
      action: `first sync: A sends ${String(imported.added)} articles`,
      seconds: [pushed],
      target: '—',
    })

    b = await launch(folder, 'b')
    await b.page.getByRole('button', { name: '导入示例档案' }).waitFor({ timeout: LONG })
    const started = performance.now()
    const pulled = await connect(b.page, server, 'b')
    const countShown = `共 ${String(imported.added)} 篇文章`
    await b.page.locator('.article-count', { hasText: countShown }).waitFor({ timeout: LONG })
    rows.push({
      action: `first sync: empty B receives them (in sync, ${countShown})`,
      seconds: [Math.max(pulled, (performance.now() - started) / 1000)],
      target: 'batched, with progress',
      note: `B renderer ${(await rendererRssMb(b.page)).toFixed(0)} MB after`,
    })

    // Searchable on B: the phrase's exact count, as on A (the index takes in what arrived).
    const search = b.page.getByRole('searchbox', { name: '搜索' })
    await search.fill(`"${PHRASE}"`)
    const expected = `共 ${String(countContaining(corpus.pages, PHRASE))} 篇`
    await b.page.locator('.search-status', { hasText: expected }).waitFor({ timeout: LONG })
    rows.push({
      action: `first sync: B's search answers exactly ("${PHRASE}", ${expected})`,
      seconds: [(performance.now() - started) / 1000],
      target: 'indexed as they arrive',
    })

    const latency: number[] = []
    for (let run = 1; run <= runs; run += 1) {
      const word = `同步测速第${String(run)}稿`
      await search.fill(word)
      const from = performance.now()
      await correctFirstHeadline(a.page, word)
      await b.page.locator('.search-status', { hasText: /^共 1 篇/u }).waitFor({ timeout: LONG })
      latency.push((performance.now() - from) / 1000)
    }
    rows.push({
      action: 'a headline corrected on A → found by search on B',
      seconds: latency,
      target: '< 2 s on loopback',
      note: `median ${median(latency).toFixed(2)} s, p95 ${p95(latency).toFixed(2)} s`,
    })
  } finally {
    console.log(`\nbench:sync — ${String(count)} articles, ${String(runs)} runs of the change\n`)
    console.log(timingTable(rows))
    await a?.host.close()
    await b?.host.close()
    await server.stop()
    await rm(folder, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
