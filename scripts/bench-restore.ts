// `npm run bench:restore`: backup and restore through the built app in Chromium (browser host),
// as a user does them. 1) The bench corpus imported, backed up, restored into an empty profile.
// 2) A generated backup of `--articles` articles (default 1,000,000) restored into an empty
// profile. Prints seconds and the peak memory of the renderer and of the host (main's side).
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { cpus, platform, release, tmpdir } from 'node:os'
import { join } from 'node:path'
import { importThroughDialog } from './bench/import-chromium'
import { makePages } from './bench/make-pages'
import { loadNewsItems, newsCorpusFolder } from './bench/news-items'
import { writeGeneratedBackup } from './bench/generate-backup'
import { backUpThroughMenu, openBenchApp, restoreFromFirstRun } from './bench/restore-chromium'
import type { RestoreFigures, StepFigures } from './bench/restore-chromium'
import { fmt } from './bench/stats'

const appRoot = join(__dirname, '..')

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name)
  const value = at === -1 ? NaN : Number(process.argv[at + 1])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

const memory = (step: StepFigures): string =>
  `renderer ${fmt(step.peaks.rendererMb, 0)} MB, main ${fmt(step.peaks.mainMb, 0)} MB`

function printRestore(label: string, megabytes: number, figures: RestoreFigures): void {
  const { scan, write } = figures
  console.log(
    `${label} preview: ${fmt(scan.seconds, 1)} s (${fmt(megabytes / scan.seconds, 1)} MB/s), peak ${memory(scan)}`,
  )
  console.log(
    `${label} restore: ${fmt(write.seconds, 1)} s (${fmt(megabytes / write.seconds, 1)} MB/s), peak ${memory(write)} — “${figures.report.trim()}”`,
  )
}

async function benchCorpus(folder: string): Promise<void> {
  const items = loadNewsItems()
  await makePages(join(folder, 'pages'), items)
  const backup = join(folder, 'corpus.newsroom-backup.jsonl')
  const source = await openBenchApp(appRoot, {
    importFolder: join(folder, 'pages'),
    savePath: backup,
  })
  let size = 0
  try {
    const articles = await importThroughDialog(source.host.page)
    const figures = await backUpThroughMenu(source)
    size = (await stat(backup)).size / 2 ** 20
    console.log(
      `corpus:  ${newsCorpusFolder} — ${items.length} items imported as ${articles} articles; backup ${fmt(size, 1)} MB`,
    )
    console.log(`corpus  backup:  ${fmt(figures.seconds, 1)} s, peak ${memory(figures)}`)
  } finally {
    await source.close()
  }
  const target = await openBenchApp(appRoot, { openBackup: backup })
  try {
    printRestore('corpus ', size, await restoreFromFirstRun(target))
  } finally {
    await target.close()
  }
}

async function generated(folder: string, count: number): Promise<void> {
  const path = join(folder, 'generated.newsroom-backup.jsonl')
  const bytes = await writeGeneratedBackup(path, loadNewsItems(), count)
  const size = bytes / 2 ** 20
  console.log(`generated: ${count} articles (bench-corpus items recombined), ${fmt(size, 0)} MB`)
  const target = await openBenchApp(appRoot, { openBackup: path })
  try {
    printRestore('generated', size, await restoreFromFirstRun(target))
  } finally {
    await target.close()
  }
}

async function main(): Promise<void> {
  const count = option('--articles', 1_000_000)
  const cpu = cpus()
  console.log(
    `machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}, ${platform()} ${release()}`,
  )
  const folder = await mkdtemp(join(tmpdir(), 'bench-restore-'))
  try {
    if (!process.argv.includes('--generated-only')) await benchCorpus(folder)
    await generated(folder, count)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
