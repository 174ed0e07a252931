// The actions of `npm run bench:scale`, done as a user does them (buttons, keys, the search box,
// the order menu, the tag tree) and timed until the screen shows their outcome: not until a
// promise inside the app settles, but until the list, count or notice a user waits for is there.
import type { Page } from 'playwright-core'
import {
  LIBRARY,
  RESULTS,
  allowNamedFunctions,
  libraryShown,
  snapshot,
  waitUntil,
} from './scale-probe'
import type { Snapshot, Waited } from './scale-probe'
import { sleep } from './scale-app'

const LONG = 3_600_000

export interface ImportSample {
  seconds: number
  articles: number
  rendererMb: number
  /** The library was on screen with rows, and none of them blank. */
  rowsFilled: boolean | null
}

export interface ImportOutcome {
  added: number
  seconds: number
  cancelled: boolean
  samples: ImportSample[]
  summary: string
}

const articlesIn = (line: string): number | null => {
  const match = /文章 (\d+) 篇/u.exec(line)
  return match === null ? null : Number(match[1])
}

/** Imports the folder from the first-run screen; samples the count shown once a second. */
export async function importWithProgress(
  page: Page,
  options: { maxSeconds: number; rss: () => Promise<number> },
): Promise<ImportOutcome> {
  await page.getByRole('button', { name: '选择文件或文件夹…' }).click()
  const dialog = page.getByRole('dialog', { name: '导入文章' })
  await dialog.getByRole('button', { name: '选择文件夹…' }).click()
  const started = performance.now()
  await dialog.getByRole('button', { name: '开始导入' }).click()
  const samples: ImportSample[] = []
  let cancelled = false
  for (;;) {
    const view = await snapshot(page)
    const seconds = (performance.now() - started) / 1000
    const finished = view.statuses.find((line) => /新增 \d+ 篇/u.test(line))
    if (finished !== undefined) {
      samples.push(await sample(view, seconds, options.rss))
      return { ...outcome(finished, seconds, samples), cancelled }
    }
    samples.push(await sample(view, seconds, options.rss))
    if (seconds > options.maxSeconds && !cancelled) {
      cancelled = true
      await page.getByRole('button', { name: '取消', exact: true }).first().click()
    }
    await sleep(1000)
  }
}

async function sample(
  view: Snapshot,
  seconds: number,
  rss: () => Promise<number>,
): Promise<ImportSample> {
  const counts = view.statuses.map(articlesIn).filter((n): n is number => n !== null)
  const library = view.library
  return {
    seconds,
    articles: Math.max(0, ...counts),
    rendererMb: await rss(),
    rowsFilled: library === null || library.rows === 0 ? null : library.blank === 0,
  }
}

function outcome(summary: string, seconds: number, samples: ImportSample[]) {
  const added = Number(/新增 (\d+) 篇/u.exec(summary)?.[1] ?? 0)
  // The panel's whole text holds every file's encoding menu: the summary sentence is enough.
  const sentence = /新增[^。]*。/u.exec(summary)?.[0] ?? summary
  return { added, seconds, samples, summary: sentence }
}

/** Closes the import panel (its summary stays until closed). */
export async function closeImportPanel(page: Page): Promise<void> {
  const panel = page.getByRole('status', { name: /^导入(完成|已取消)$/u })
  await panel.getByRole('button', { name: '关闭' }).click()
}

export interface SearchOutcome extends Waited {
  total: number
  /** A partial answer was shown, and one of them said 0 found. */
  partial: boolean
  zeroPartial: boolean
}

const completeTotal = (view: Snapshot): number | null => {
  for (const line of view.statuses) {
    const match = /^共 (\d+) 篇，用时/u.exec(line)
    if (match !== null) return Number(match[1])
  }
  return null
}

/** Types `query` into the search box; waits for the complete answer (`共 N 篇，用时…`). */
export async function searchComplete(
  page: Page,
  query: string,
  from = performance.now(),
): Promise<SearchOutcome> {
  await page.getByRole('searchbox', { name: '搜索' }).fill(query)
  const waited = await waitUntil(page, (view) => completeTotal(view) !== null, {
    from,
    timeoutMs: LONG,
    what: `the complete answer to ${query}`,
  })
  const partials = waited.seen.filter((line) => line.startsWith('已找到'))
  return {
    ...waited,
    total: completeTotal(waited.last) ?? 0,
    partial: partials.length > 0,
    zeroPartial: partials.some((line) => line.startsWith('已找到 0 篇')),
  }
}

/** Empties the search box; time until the library's rows are back. */
export async function clearSearch(page: Page): Promise<Waited> {
  const from = performance.now()
  await page.getByRole('searchbox', { name: '搜索' }).fill('')
  return waitUntil(page, libraryShown, { from, timeoutMs: LONG, what: 'the library back' })
}

/** Picks an order from the library's order menu; time until its first row is `expected`. */
export async function chooseOrder(
  page: Page,
  label: string,
  expected: (first: string) => boolean,
): Promise<Waited> {
  const menu = page.getByRole('combobox', { name: '文章库排序' })
  const from = performance.now()
  await menu.selectOption({ label })
  return waitUntil(page, (view) => libraryShown(view) && expected(view.library?.first ?? ''), {
    from,
    timeoutMs: LONG,
    what: `the library in order “${label}”`,
  })
}

/** Selects every row of a list (a click on the first row, then Ctrl+A); resolves to the count. */
export async function selectAll(page: Page, list: string): Promise<number> {
  const box = page.getByRole('listbox', { name: list, exact: true })
  await box.getByRole('option').first().click()
  await box.press('Control+a')
  const waited = await waitUntil(page, (view) => /已选择 \d+ 篇/u.test(view.selection ?? ''), {
    from: performance.now(),
    timeoutMs: LONG,
    what: 'the selection bar',
  })
  return Number(/已选择 (\d+) 篇/u.exec(waited.last.selection ?? '')?.[1] ?? 0)
}

export interface TaggingOutcome {
  /** Until the notice `已为 N 篇文章添加标签。` */
  doneMs: number
  /** Until the tag tree shows the tag with its N articles. */
  treeMs: number
  /** How long the progress bar said "0 / N" (nothing written yet). */
  zeroMs: number
  tagged: number
}

/** Adds a new tag to the selected articles through the selection bar's tag box. */
export async function tagSelection(
  page: Page,
  tag: string,
  count: number,
): Promise<TaggingOutcome> {
  const bar = page.getByRole('toolbar', { name: '所选文章' })
  await bar.getByRole('combobox', { name: `为选中的 ${String(count)} 篇文章添加标签` }).fill(tag)
  const create = bar
    .getByRole('listbox', { name: '标签建议' })
    .getByRole('option', { name: `新建标签“${tag}”` })
  const from = performance.now()
  await create.click()
  let zeroUntil = from
  const done = await waitUntil(
    page,
    (view) => {
      if (view.progress.some((label) => label.includes(`：0 / ${String(count)} 篇`)))
        zeroUntil = performance.now()
      return view.statuses.some((line) => line.startsWith(`已为 ${String(count)} 篇文章`))
    },
    { from, timeoutMs: LONG, what: `the notice that ${String(count)} articles were tagged` },
  )
  const tree = await waitUntil(page, (view) => view.treeCount === `${String(count)} 篇`, {
    from,
    timeoutMs: LONG,
    tag,
    what: `the tag tree showing ${tag} with ${String(count)}`,
  })
  return { doneMs: done.ms, treeMs: tree.ms, zeroMs: zeroUntil - from, tagged: count }
}

export async function clearSelection(page: Page): Promise<void> {
  await page
    .getByRole('toolbar', { name: '所选文章' })
    .getByRole('button', { name: '取消选择' })
    .click()
}

/** Filters the library by a tag from the tag tree; time until its rows are the tag's. */
export async function filterByTag(
  page: Page,
  tag: string,
  expected: (first: string) => boolean,
): Promise<Waited> {
  const item = page.getByRole('tree', { name: '标签' }).getByRole('treeitem', { name: tag })
  const from = performance.now()
  await item.getByRole('button', { name: tag.split('/').at(-1) ?? tag, exact: true }).click()
  return waitUntil(
    page,
    (view) =>
      view.tagFilter === `不再按标签“${tag}”筛选` &&
      libraryShown(view) &&
      expected(view.library?.first ?? ''),
    { from, timeoutMs: LONG, what: `the library filtered by ${tag}` },
  )
}

/** Clears the tag filter; time until the whole library is back. */
export async function clearTagFilter(
  page: Page,
  tag: string,
  expected: (first: string) => boolean,
): Promise<Waited> {
  const from = performance.now()
  await page.getByRole('button', { name: `不再按标签“${tag}”筛选` }).click()
  return waitUntil(
    page,
    (view) => view.tagFilter === null && libraryShown(view) && expected(view.library?.first ?? ''),
    { from, timeoutMs: LONG, what: 'the library without the tag filter' },
  )
}

export interface BackupOutcome {
  ms: number
  /** The longest the page's main thread was blocked (long tasks), ms. */
  longestFreezeMs: number
  /** The busy line showed a number of articles, not only “…”. */
  countsShown: boolean
}

interface FreezeWatch {
  observe(): void
  longest(): number
}

/** Backs up through Ctrl+Shift+S; time until the notice says where it was saved. */
export async function backUp(page: Page): Promise<BackupOutcome> {
  await allowNamedFunctions(page)
  await page.evaluate(() => {
    const scope = globalThis as unknown as Record<string, unknown>
    const Observer = scope.PerformanceObserver as new (
      callback: (list: { getEntries(): { duration: number }[] }) => void,
    ) => { observe(options: { type: string }): void }
    let longest = 0
    new Observer((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration)
    }).observe({ type: 'longtask' })
    const watch: FreezeWatch = { observe: () => undefined, longest: () => longest }
    scope.__benchScaleFreeze = watch
  })
  const from = performance.now()
  await page.keyboard.press('Control+Shift+S')
  let countsShown = false
  const waited = await waitUntil(
    page,
    (view) => {
      if (view.statuses.some((line) => /^正在备份：\d/u.test(line))) countsShown = true
      return view.statuses.some((line) => line.startsWith('备份已保存到'))
    },
    { from, timeoutMs: LONG, what: 'the notice that the backup was saved' },
  )
  const longestFreezeMs = await page.evaluate(() => {
    const scope = globalThis as unknown as Record<string, FreezeWatch | undefined>
    return scope.__benchScaleFreeze?.longest() ?? 0
  })
  return { ms: waited.ms, longestFreezeMs, countsShown }
}

export { LIBRARY, RESULTS }
