// What `npm start` decides before starting anything: the user's language, and whether Electron
// is installed.
import { describe, expect, it } from 'vitest'
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { findElectronBinary, terminalLocale } from './electron-app'

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
