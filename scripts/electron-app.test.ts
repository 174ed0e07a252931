// What `npm start` and `npm run test:electron` decide before starting anything: the user's
// language, whether Electron is installed, and which app the smoke test launches (or why none).
import { describe, expect, it } from 'vitest'
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses'
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import {
  findElectronBinary,
  packagedExecutable,
  smokeTestPlan,
  smokeOutputDir,
  terminalLocale,
} from './electron-app'

const root = resolve(import.meta.dirname, '..')

/** A project folder with the real electron-builder.yml and nothing built or installed. */
async function emptyProject(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-launcher-'))
  await copyFile(join(root, 'electron-builder.yml'), join(dir, 'electron-builder.yml'))
  return dir
}

async function touch(path: string, content: string | Uint8Array = ''): Promise<string> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, content)
  return path
}

/**
 * An executable whose Electron fuse wire (in the executable, or in a macOS app's framework)
 * starts with every fuse on, as in a fresh Electron binary.
 */
async function fakeElectron(path: string, inspectorArguments: boolean): Promise<string> {
  const wire = Buffer.concat([
    Buffer.from('not really electron; dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX', 'latin1'),
    Buffer.from([1, 8]),
    Buffer.from('11111111', 'latin1'),
  ])
  const framework = ['..', '..', 'Frameworks', 'Electron Framework.framework', 'Electron Framework']
  await touch(path, wire)
  if (path.includes('.app')) await touch(resolve(path, ...framework), wire)
  // The way electron-builder burns the fuses of electron-builder.yml into the packaged app.
  await flipFuses(path, {
    version: FuseVersion.V1,
    [FuseV1Options.EnableNodeCliInspectArguments]: inspectorArguments,
  })
  return path
}

describe('the terminal language', () => {
  it('is Chinese when the locale is, English otherwise; LC_ALL wins over LANG', () => {
    expect(terminalLocale({ LANG: 'zh_CN.UTF-8' }, 'en-US')).toBe('zh-CN')
    expect(terminalLocale({ LANG: 'zh_TW.UTF-8' }, 'en-US')).toBe('zh-CN')
    expect(terminalLocale({ LANG: 'en_GB.UTF-8' }, 'zh-CN')).toBe('en')
    expect(terminalLocale({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, 'zh-CN')).toBe('en')
    expect(terminalLocale({ LC_ALL: '', LANG: 'zh_CN.UTF-8' }, 'en-US')).toBe('zh-CN')
  })

  it("falls back to the system's language when the terminal names none (Windows, LANG=C)", () => {
    expect(terminalLocale({}, 'zh-Hans-CN')).toBe('zh-CN')
    expect(terminalLocale({ LANG: 'C.UTF-8' }, 'zh-CN')).toBe('zh-CN')
    expect(terminalLocale({}, 'de-DE')).toBe('en')
  })
})

describe('the Electron binary', () => {
  it('is missing when npm could not download it, and found where electron-vite looks', async () => {
    const project = await emptyProject()
    const moduleDir = join(project, 'node_modules', 'electron')
    await touch(join(moduleDir, 'package.json'), '{}')
    expect(findElectronBinary(project, {})).toEqual({ path: join(moduleDir, 'dist'), found: false })
    await touch(join(moduleDir, 'path.txt'), 'electron')
    expect(findElectronBinary(project, {})).toEqual({
      path: join(moduleDir, 'dist', 'electron'),
      found: false,
    })
    await touch(join(moduleDir, 'dist', 'electron'))
    expect(findElectronBinary(project, {}).found).toBe(true)
  })

  it('is the one ELECTRON_EXEC_PATH names, when it does', async () => {
    const project = await emptyProject()
    const named = await touch(join(project, 'my-electron'))
    expect(findElectronBinary(project, { ELECTRON_EXEC_PATH: named })).toEqual({
      path: named,
      found: true,
    })
    expect(findElectronBinary(project, { ELECTRON_EXEC_PATH: `${named}-gone` }).found).toBe(false)
  })
})

describe('the packaged executable', () => {
  it('is where electron-builder puts it for each platform and architecture', () => {
    const out = join('dist', 'smoke')
    expect(packagedExecutable(root, out, 'win32', 'x64')).toBe(
      join(out, 'win-unpacked', 'newsroom-archive.exe'),
    )
    expect(packagedExecutable(root, out, 'win32', 'arm64')).toBe(
      join(out, 'win-arm64-unpacked', 'newsroom-archive.exe'),
    )
    expect(packagedExecutable(root, out, 'darwin', 'arm64')).toBe(
      join(out, 'mac-arm64', '新闻档案.app', 'Contents', 'MacOS', '新闻档案'),
    )
    expect(packagedExecutable(root, out, 'darwin', 'x64')).toBe(
      join(out, 'mac', '新闻档案.app', 'Contents', 'MacOS', '新闻档案'),
    )
  })
})

describe('npm run test:electron', () => {
  it('reports the smoke test as skipped, with the reason in both languages, when there is no app', async () => {
    const project = await emptyProject()
    const plan = await smokeTestPlan(project, { LANG: 'zh_CN.UTF-8' }, 'win32', 'x64')
    expect(plan.launch).toBeNull()
    expect(plan.exitCode).toBe(0)
    expect(plan.lines).toHaveLength(2)
    expect(plan.lines[0]).toMatch(/^已跳过 Electron 冒烟测试/)
    expect(plan.lines[1]).toMatch(/^Electron smoke test skipped/)
    expect(plan.lines[1]).toContain(join(project, smokeOutputDir, 'win-unpacked'))
    expect(plan.lines[1]).toContain('npm run dist:smoke')
    const english = await smokeTestPlan(project, { LANG: 'en_US.UTF-8' }, 'win32', 'x64')
    expect(english.lines[0]).toMatch(/^Electron smoke test skipped/)
  })

  it('fails, saying so, when NEWSROOM_APP_EXECUTABLE names a program that is not there', async () => {
    const project = await emptyProject()
    const missing = join(project, 'gone.exe')
    const plan = await smokeTestPlan(project, { LANG: 'en', NEWSROOM_APP_EXECUTABLE: missing })
    expect(plan).toMatchObject({ launch: null, exitCode: 1 })
    expect(plan.lines[0]).toBe(
      `NEWSROOM_APP_EXECUTABLE names a program that does not exist: ${missing}`,
    )
  })

  it('launches the smoke-test copy, and refuses a release build Playwright cannot drive', async () => {
    const project = await emptyProject()
    const smokeCopy = packagedExecutable(project, join(project, smokeOutputDir), 'darwin', 'arm64')
    if (smokeCopy === null) throw new Error('macOS has a packaged executable')
    await fakeElectron(smokeCopy, true)
    const plan = await smokeTestPlan(project, { LANG: 'en' }, 'darwin', 'arm64')
    expect(plan).toMatchObject({ launch: { executablePath: smokeCopy, args: [] }, exitCode: 0 })
    expect(plan.lines[0]).toBe(`Testing ${smokeCopy}`)

    const release = await fakeElectron(join(project, 'dist', 'release-app'), false)
    const refused = await smokeTestPlan(project, { LANG: 'en', NEWSROOM_APP_EXECUTABLE: release })
    expect(refused).toMatchObject({ launch: null, exitCode: 1 })
    expect(refused.lines[0]).toContain('npm run dist:smoke')
  })

  it('launches the development build in the installed Electron when there is no packaged app', async () => {
    const project = await emptyProject()
    const electron = await fakeElectron(join(project, 'electron-binary'), true)
    const env = { LANG: 'en', ELECTRON_EXEC_PATH: electron }
    expect((await smokeTestPlan(project, env, 'linux', 'x64')).launch).toBeNull()
    await touch(join(project, 'out', 'main', 'index.js'))
    expect((await smokeTestPlan(project, env, 'linux', 'x64')).launch).toEqual({
      executablePath: electron,
      args: [project],
    })
  })
})
