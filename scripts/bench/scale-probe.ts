// What a user sees, read from the page by roles and accessible names only (no class names, no
// app internals), so the harness of `npm run bench:scale` survives refactors of the renderer.
// `probe` runs in the page: it must stay self-contained (no imports, no closures).
import type { Page } from 'playwright-core'
import { sleep } from './scale-app'

export interface ListView {
  /** Rows rendered (the virtual list renders those on screen and a few beside). */
  rows: number
  /** Text of the first row with any text, or null while the rows are blank or absent. */
  first: string | null
  /** Rows rendered without any text yet (read but not drawn). */
  blank: number
}

export interface Snapshot {
  library: ListView | null
  results: ListView | null
  /** Every live region's text: status lines, notices, progress, alerts. */
  statuses: string[]
  /** The accessible name of the library's "clear tag filter" button, if a tag filters it. */
  tagFilter: string | null
  /** The count the tag tree shows for the tag asked about, as its label says it. */
  treeCount: string | null
  /** Labels of progress bars on screen. */
  progress: string[]
  /** The selection toolbar's text. */
  selection: string | null
}

interface MiniElement {
  textContent: string | null
  getAttribute(name: string): string | null
  querySelector(selector: string): MiniElement | null
  querySelectorAll(selector: string): ArrayLike<MiniElement>
}

function probe(arg: { library: string; results: string; tag: string | null }): Snapshot {
  const doc = (globalThis as unknown as { document: MiniElement }).document
  const all = (root: MiniElement, selector: string): MiniElement[] =>
    Array.from(root.querySelectorAll(selector))
  const text = (element: MiniElement | null): string => (element?.textContent ?? '').trim()
  const list = (label: string): ListView | null => {
    const box = doc.querySelector(`[role="listbox"][aria-label="${label}"]`)
    if (box === null) return null
    const rows = all(box, '[role="option"]').map(text)
    return {
      rows: rows.length,
      first: rows.find((row) => row !== '') ?? null,
      blank: rows.filter((row) => row === '').length,
    }
  }
  const live = all(doc, '[role="status"], [role="alert"], [aria-live]').map(text)
  const clear = doc.querySelector('button[aria-label^="不再按标签"]')
  const item =
    arg.tag === null ? null : doc.querySelector(`[role="treeitem"][aria-label="${arg.tag}"]`)
  const counts = item === null ? [] : all(item, '[aria-label]')
  const count = counts.find((element) => /^\d+ 篇$/u.test(element.getAttribute('aria-label') ?? ''))
  return {
    library: list(arg.library),
    results: list(arg.results),
    statuses: live.filter((line) => line !== ''),
    tagFilter: clear?.getAttribute('aria-label') ?? null,
    treeCount: count?.getAttribute('aria-label') ?? null,
    progress: all(doc, 'progress').map((bar) => bar.getAttribute('aria-label') ?? ''),
    selection: text(doc.querySelector('[role="toolbar"][aria-label="所选文章"]')) || null,
  }
}

export const LIBRARY = '文章库'
export const RESULTS = '搜索结果'

const shimmed = new WeakSet<Page>()

/** tsx (esbuild, keepNames) wraps named inner functions in `__name(…)`, which pages lack. */
export async function allowNamedFunctions(page: Page): Promise<void> {
  if (shimmed.has(page)) return
  await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)')
  shimmed.add(page)
}

export async function snapshot(page: Page, tag: string | null = null): Promise<Snapshot> {
  await allowNamedFunctions(page)
  return page.evaluate(probe, { library: LIBRARY, results: RESULTS, tag })
}

export interface Waited {
  ms: number
  last: Snapshot
  /** Every distinct status line seen while waiting, in order. */
  seen: string[]
}

/** Polls what the page shows until `done` holds; time from `from` (performance.now()). */
export async function waitUntil(
  page: Page,
  done: (view: Snapshot) => boolean,
  options: { from: number; timeoutMs: number; tag?: string | null; what: string },
): Promise<Waited> {
  const seen: string[] = []
  for (;;) {
    const view = await snapshot(page, options.tag ?? null)
    for (const line of view.statuses) if (!seen.includes(line)) seen.push(line)
    const ms = performance.now() - options.from
    if (done(view)) return { ms, last: view, seen }
    if (ms > options.timeoutMs)
      throw new Error(`${options.what}: not seen in ${String(Math.round(ms / 1000))} s`)
    await sleep(10)
  }
}

/** The library is on screen, settled (not arranging) and its first row has text. */
export const libraryShown = (view: Snapshot): boolean =>
  view.library !== null &&
  view.library.first !== null &&
  !view.statuses.some((line) => line.startsWith('正在整理文章库'))
