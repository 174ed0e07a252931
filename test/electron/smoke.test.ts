// The real Electron app, driven by Playwright: the packaged smoke-test copy on the release
// runners, or the development build where the Electron binary is installed. Only the operating
// system's file dialogs and the system browser are replaced, at the call; everything behind them
// (IPC checks, the import worker, IndexedDB, the print window) is the app's own. Run it with
// `npm run test:electron` (scripts/test-electron.ts), which finds the app to launch. Screenshots
// go to test-results/electron/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { _electron } from 'playwright-core'
import type { ElectronApplication, Page } from 'playwright-core'
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import { appEntryUrl, contentSecurityPolicy } from '../../src/shared/app-origin'

const root = resolve(import.meta.dirname, '../..')
const screenshots = join(root, 'test-results', 'electron')

interface Launch {
  executablePath: string
  args: string[]
}

function launchSpec(): Launch {
  const spec = process.env.NEWSROOM_ELECTRON_LAUNCH
  if (spec === undefined || spec === '') {
    throw new Error('Run the smoke test with `npm run test:electron`: it finds the app to launch.')
  }
  return JSON.parse(spec) as Launch
}

let workDir: string
let profileDir: string
let app: ElectronApplication
let page: Page

async function launch(): Promise<void> {
  const { executablePath, args } = launchSpec()
  app = await _electron.launch({
    executablePath,
    args: [...args, `--user-data-dir=${profileDir}`],
    timeout: 90_000,
  })
  page = await app.firstWindow()
  await expect.poll(() => page.url(), { timeout: 30_000 }).toBe(appEntryUrl)
  await page.waitForLoadState('domcontentloaded')
}

/** The sample page file, relative to the sample folder, as path segments. */
async function samplePageSegments(): Promise<string[]> {
  const sampleDir = join(root, 'resources', 'sample')
  const entries = await readdir(sampleDir, { recursive: true, withFileTypes: true })
  const page = entries.find((entry) => entry.isFile() && entry.name.endsWith('.txt'))
  if (page === undefined) throw new Error('resources/sample has no page file.')
  return relative(sampleDir, join(page.parentPath, page.name)).split(sep)
}

const library = () => page.getByRole('listbox', { name: '文章库' }).getByRole('option')
const searchResults = () => page.getByRole('listbox', { name: '搜索结果' }).getByRole('option')

beforeAll(async () => {
  await mkdir(screenshots, { recursive: true })
  workDir = await mkdtemp(join(tmpdir(), 'newsroom-electron-'))
  profileDir = join(workDir, 'profile')
  await launch()
})

afterAll(async () => {
  await (app as ElectronApplication | undefined)?.close()
  await rm(workDir, { recursive: true, force: true })
})

describe('the desktop app', () => {
  it('keeps its archive in the profile it was started with', async () => {
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(
      profileDir,
    )
  })

  it('opens its window on app://newsroom under the Content Security Policy', async () => {
    await expect
      .poll(() => page.locator('h2#first-run-title').textContent(), { timeout: 30_000 })
      .toBe('欢迎使用新闻档案')
    // The page has no DOM types here (tsconfig.node.json): page scripts are given as text.
    const policy: unknown = await page.evaluate(
      "fetch(location.href).then((response) => response.headers.get('content-security-policy'))",
    )
    expect(policy).toBe(contentSecurityPolicy)
    // The policy is in force: an inline script does not run.
    const inlineRan: unknown = await page.evaluate(`(() => {
      const script = document.createElement('script')
      script.textContent = 'document.documentElement.dataset.inlineRan = "yes"'
      document.head.append(script)
      return document.documentElement.dataset.inlineRan === 'yes'
    })()`)
    expect(inlineRan).toBe(false)
    await page.screenshot({ path: join(screenshots, 'first-run.png') })
  })

  it('gives the page the preload API and nothing of Node', async () => {
    const seen = await page.evaluate(async () => {
      const scope = globalThis as unknown as Record<string, unknown>
      const api = scope.newsroom as { getAppInfo(): Promise<{ host: string }> } | undefined
      return {
        api: api === undefined ? [] : Object.keys(api),
        host: api === undefined ? null : (await api.getAppInfo()).host,
        require: typeof scope.require,
        process: typeof scope.process,
        module: typeof scope.module,
      }
    })
    expect(seen.api).toEqual(expect.arrayContaining(['startImport', 'savePrintPdf', 'pathForFile']))
    expect(seen.host).toBe('electron')
    expect(seen).toMatchObject({ require: 'undefined', process: 'undefined', module: 'undefined' })
  })

  it('imports the bundled sample page chosen in the system file dialog', async () => {
    const chosen = await app.evaluate(
      ({ app: electronApp, dialog }, segments) => {
        // Where the app itself finds its resources: unpacked from the asar archive.
        const separator = process.platform === 'win32' ? '\\' : '/'
        const resources = electronApp.getAppPath().replace(/app\.asar$/, 'app.asar.unpacked')
        const file = [resources, 'resources', 'sample', ...segments].join(separator)
        const titles: string[] = []
        ;(globalThis as { smokeDialogTitles?: string[] }).smokeDialogTitles = titles
        dialog.showOpenDialog = (...args: unknown[]) => {
          titles.push(String((args.at(-1) as { title?: string }).title))
          return Promise.resolve({ canceled: false, filePaths: [file] })
        }
        return file
      },
      await samplePageSegments(),
    )
    await page.getByRole('button', { name: '选择文件或文件夹…' }).click()
    const dialog = page.getByRole('dialog', { name: '导入文章' })
    await dialog.getByRole('button', { name: '选择文件…' }).click()
    await expect
      .poll(() => dialog.getByRole('list', { name: '已选择' }).textContent())
      .toContain(chosen)
    await dialog.getByRole('button', { name: '开始导入' }).click()
    const report = page.getByRole('status', { name: '导入完成' })
    await expect.poll(() => report.textContent(), { timeout: 30_000 }).toContain('新增 5 篇')
    await expect.poll(() => page.locator('.article-count').textContent()).toBe('共 5 篇文章')
    expect(
      await app.evaluate(() => (globalThis as { smokeDialogTitles?: string[] }).smokeDialogTitles),
    ).toEqual(['导入文章'])
    await page.screenshot({ path: join(screenshots, 'import-report.png') })
    await report.getByRole('button', { name: '关闭' }).click()
    await library().filter({ hasText: '冷链仓库' }).click()
    await expect.poll(() => page.locator('.reader-byline').textContent()).toContain('叶知秋')
    await page.screenshot({ path: join(screenshots, 'library-reader.png') })
  })

  it('finds an article by a phrase from its text', async () => {
    await page.getByRole('searchbox', { name: '搜索' }).fill('冷库')
    await expect.poll(() => searchResults().count(), { timeout: 15_000 }).toBe(1)
    expect(await searchResults().first().textContent()).toContain('冷链仓库')
    expect(await searchResults().first().locator('mark').first().textContent()).toBe('冷库')
    await page.screenshot({ path: join(screenshots, 'search.png') })
  })

  it('saves the search results as a PDF with the fonts embedded', async () => {
    await page.getByRole('searchbox', { name: '搜索' }).fill('青禾')
    await expect.poll(() => searchResults().count(), { timeout: 15_000 }).toBeGreaterThan(2)
    await page.getByRole('button', { name: '打印', exact: true }).click()
    const preview = page.getByRole('dialog', { name: '打印预览' })
    await expect
      .poll(() => preview.getByRole('status').textContent(), { timeout: 60_000 })
      .toMatch(/共 \d+ 版/)
    await page.screenshot({ path: join(screenshots, 'print-preview.png') })
    const target = join(workDir, '青禾 剪报.pdf')
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath })
    }, target)
    await preview.getByRole('button', { name: '存为 PDF…' }).click()
    await expect
      .poll(() => preview.locator('.print-outcome').textContent(), { timeout: 90_000 })
      .toBe(`已存为 ${target}`)
    const pdf = await readFile(target)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    // Embedded TrueType outlines (what printToPDF writes for the bundled fonts), no Type 3.
    expect(pdf.toString('latin1')).toContain('/FontFile2')
    expect(pdf.toString('latin1')).not.toMatch(/\/Subtype\s*\/Type3/)
    await preview.getByRole('button', { name: '关闭' }).click()
    await page.getByRole('searchbox', { name: '搜索' }).fill('')
  })

  it('refuses to navigate away from the app', async () => {
    await app.evaluate(({ webContents }) => {
      const main = webContents
        .getAllWebContents()
        .find((contents) => contents.getURL().startsWith('app://newsroom/'))
      ;(globalThis as { smokeNavigation?: Promise<unknown> }).smokeNavigation = new Promise(
        (resolve) => {
          main?.once('will-navigate', (event, url) => {
            resolve({ url, refused: event.defaultPrevented })
          })
        },
      )
    })
    await page.evaluate("location.href = 'https://example.com/'")
    expect(
      await app.evaluate(
        () => (globalThis as { smokeNavigation?: Promise<unknown> }).smokeNavigation,
      ),
    ).toEqual({ url: 'https://example.com/', refused: true })
    expect(page.url()).toBe(appEntryUrl)
    expect(await page.locator('.article-count').textContent()).toBe('共 5 篇文章')
  })

  it('opens no window: a web link goes to the system browser, a file link nowhere', async () => {
    await app.evaluate(({ shell }) => {
      const opened: string[] = []
      ;(globalThis as { smokeOpened?: string[] }).smokeOpened = opened
      shell.openExternal = (url: string) => {
        opened.push(url)
        return Promise.resolve()
      }
    })
    const results: unknown = await page.evaluate(
      "[window.open('https://example.com/news') === null, window.open('file:///etc/hosts') === null]",
    )
    expect(results).toEqual([true, true])
    expect(app.windows()).toHaveLength(1)
    expect(
      await app.evaluate(() => (globalThis as { smokeOpened?: string[] }).smokeOpened),
    ).toEqual(['https://example.com/news'])
  })

  it('keeps the archive when it is quit and started again', async () => {
    await app.close()
    await launch()
    await expect
      .poll(() => page.locator('.article-count').textContent(), { timeout: 30_000 })
      .toBe('共 5 篇文章')
    await page.getByRole('searchbox', { name: '搜索' }).fill('冷库')
    await expect.poll(() => searchResults().count(), { timeout: 15_000 }).toBe(1)
    await page.screenshot({ path: join(screenshots, 'after-relaunch.png') })
  })
})
