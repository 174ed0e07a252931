// Installers cannot be built on these machines, so the electron-builder configuration is
// checked against electron-builder's own schema, and the files it packs must exist after
// `electron-vite build` (npm test builds before running Vitest).
import { describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { createRequire } from 'node:module'

const root = resolve(import.meta.dirname, '../..')
const require = createRequire(import.meta.url)

interface BuilderConfig {
  files: unknown
  win: { icon: string; target: { target: string; arch: string[] }[] }
  mac: { icon: string; entitlementsInherit: string; target: { target: string; arch: string[] }[] }
  electronFuses: Record<string, boolean>
}

async function loadConfig(): Promise<BuilderConfig> {
  const { getConfig } = require('app-builder-lib/out/util/config/config') as {
    getConfig: (dir: string, path: string, extra: null) => Promise<BuilderConfig>
  }
  return getConfig(root, resolve(root, 'electron-builder.yml'), null)
}

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (config: BuilderConfig, logger: unknown) => Promise<void>
    }
    const { DebugLogger } = require('builder-util') as {
      DebugLogger: new (enabled: boolean) => unknown
    }
    await expect(
      validateConfiguration(await loadConfig(), new DebugLogger(false)),
    ).resolves.toBeUndefined()
  })

  it('rejects an unknown key, so the schema check is real', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (config: unknown, logger: unknown) => Promise<void>
    }
    const { DebugLogger } = require('builder-util') as {
      DebugLogger: new (enabled: boolean) => unknown
    }
    const broken = { ...(await loadConfig()), winn: {} }
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/winn/)
  })

  it('builds NSIS for x64 and arm64 and DMG for arm64 and x64, with hardened fuses', async () => {
    const config = await loadConfig()
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }])
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }])
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('packs files that exist after a build: main, preload, renderer, worker, icons', async () => {
    const config = await loadConfig()
    const packageJson = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8')) as {
      main: string
    }
    for (const file of [
      packageJson.main,
      'out/preload/index.js',
      'out/main/import-worker.js',
      'out/renderer/index.html',
      config.win.icon,
      config.mac.icon,
      config.mac.entitlementsInherit,
      'build/icon.png',
    ]) {
      expect(existsSync(resolve(root, file)), file).toBe(true)
    }
    expect(JSON.stringify(config.files)).toContain('"out/**/*"')
  })

  it('keeps renderer-only libraries out of the packed dependencies', async () => {
    const { dependencies } = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    for (const name of ['react', 'react-dom', 'dexie', 'flexsearch', 'electron']) {
      expect(Object.keys(dependencies)).not.toContain(name)
    }
  })
})
