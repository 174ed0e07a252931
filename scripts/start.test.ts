// `npm start` (scripts/start.ts): one plain sentence instead of electron-vite's "Error: Electron
// uninstall" where the Electron binary is missing; electron-vite preview as before where it is
// installed (npm test builds out/ before Vitest runs, so `--skipBuild` has an app to start).
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '..')
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')

interface Outcome {
  code: number
  stdout: string
  stderr: string
}

function start(env: Record<string, string>, args: string[] = []): Promise<Outcome> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [tsx, 'scripts/start.ts', ...args],
      // LC_ALL and LC_MESSAGES would outrank the LANG each test sets.
      { cwd: root, env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', ...env } },
      (error, stdout, stderr) => {
        done({ code: error === null ? 0 : Number(error.code), stdout, stderr })
      },
    )
    // Not a terminal: nothing to answer, so no question is asked.
    child.stdin?.end()
  })
}

describe('npm start', () => {
  it('says in one Chinese sentence what is missing and offers Chromium, without a stack trace', async () => {
    const missing = join(await mkdtemp(join(tmpdir(), 'newsroom-start-')), 'electron')
    const outcome = await start({ ELECTRON_EXEC_PATH: missing, LANG: 'zh_CN.UTF-8' })
    expect(outcome.code).toBe(1)
    expect(outcome.stderr.trim()).toBe(
      `桌面版无法启动，因为本机没有 Electron 程序（${missing} 不存在）：请在能下载 Electron 的电脑上重新运行 npm install，或者运行 npm run preview:browser，在 Chromium 里使用同一个应用。`,
    )
    expect(outcome.stdout).not.toContain('[y/N]')
  }, 60_000)

  it('says it in English for an English terminal', async () => {
    const missing = join(await mkdtemp(join(tmpdir(), 'newsroom-start-')), 'electron')
    const outcome = await start({ ELECTRON_EXEC_PATH: missing, LANG: 'en_US.UTF-8' })
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toMatch(/^The desktop app cannot start because the Electron binary/)
    expect(outcome.stderr).toContain('npm run preview:browser')
    expect(outcome.stderr).not.toMatch(/Electron uninstall|\n\s+at /)
  }, 60_000)

  it('starts the app with electron-vite preview when the binary is installed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsroom-start-'))
    // Node stands in for the Electron binary; ELECTRON_ENTRY (electron-vite's) is what it runs.
    const entry = join(dir, 'record.cjs')
    const record = join(dir, 'started.json')
    await writeFile(
      entry,
      `require('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ cwd: process.cwd() }))\n`,
    )
    const outcome = await start(
      { ELECTRON_EXEC_PATH: process.execPath, ELECTRON_ENTRY: entry, LANG: 'en_US.UTF-8' },
      ['--skipBuild'],
    )
    expect(outcome.code).toBe(0)
    expect(outcome.stdout).toContain('starting electron app')
    expect(JSON.parse(await readFile(record, 'utf8'))).toEqual({ cwd: root })
  }, 120_000)
})
