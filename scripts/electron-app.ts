// What `npm start` and `npm run test:electron` need to know before they start anything: the
// user's language in the terminal, whether the Electron binary is installed, and which Electron
// app the smoke test can launch. Nothing here requires 'electron': since electron 42 merely
// requiring it tries to download the binary, which fails on machines that cannot.
// @electron/fuses comes with electron-builder, which flips the fuses when it packs the app.
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { FuseState } from '@electron/fuses/dist/constants'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { createTranslator } from '../src/shared/locales/translator'
import type { Locale } from '../src/shared/locales/types'

/** zh-CN when the terminal's locale (LC_ALL, LC_MESSAGES, LANG, else the system's) is Chinese. */
export function terminalLocale(
  env: NodeJS.ProcessEnv = process.env,
  systemLocale: string = Intl.DateTimeFormat().resolvedOptions().locale,
): Locale {
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(
    (value) => value !== undefined && value !== '',
  )
  const unset = posix === undefined || posix === 'C' || posix === 'POSIX' || posix.startsWith('C.')
  return (unset ? systemLocale : posix).toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

/** A message in the user's language, then in the other one: CI logs are read by both. */
export function inBothLanguages(
  key: string,
  params: Record<string, string>,
  first: Locale = terminalLocale(),
): string[] {
  const order: Locale[] = first === 'zh-CN' ? ['zh-CN', 'en'] : ['en', 'zh-CN']
  return order.map((locale) => createTranslator(locale)(key, params))
}

export interface ElectronBinary {
  /** Where the binary is, or where electron-vite would look for it. */
  path: string
  found: boolean
}

/** The Electron binary the way electron-vite finds it: ELECTRON_EXEC_PATH, else path.txt. */
export function findElectronBinary(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): ElectronBinary {
  const override = env.ELECTRON_EXEC_PATH
  if (override !== undefined && override !== '') {
    return { path: override, found: existsSync(override) }
  }
  const moduleDir = join(root, 'node_modules', 'electron')
  const pathFile = join(moduleDir, 'path.txt')
  if (!existsSync(pathFile)) return { path: join(moduleDir, 'dist'), found: false }
  const path = join(moduleDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return { path, found: existsSync(path) }
}

export type AppUnderTest =
  | { kind: 'packaged'; executablePath: string; args: string[] }
  | { kind: 'development'; executablePath: string; args: string[] }
  | { kind: 'not-found'; path: string }
  | { kind: 'none'; looked: string[] }

/** Where `npm run dist:smoke` puts the smoke-test copy of the packaged app. */
export const smokeOutputDir = join('dist', 'smoke')

interface BuilderNames {
  productName: string
  executableName: string
}

function builderNames(root: string): BuilderNames {
  const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderNames
  return { productName: config.productName, executableName: config.executableName }
}

/** The packaged executable electron-builder writes for this platform and architecture. */
export function packagedExecutable(
  root: string,
  outputDir: string,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): string | null {
  const { productName, executableName } = builderNames(root)
  // electron-builder names the folder after the platform, with the architecture unless x64.
  const suffix = arch === 'x64' ? '' : `-${arch}`
  if (platform === 'darwin') {
    return join(outputDir, `mac${suffix}`, `${productName}.app`, 'Contents', 'MacOS', productName)
  }
  if (platform === 'win32') return join(outputDir, `win${suffix}-unpacked`, `${executableName}.exe`)
  if (platform === 'linux') return join(outputDir, `linux${suffix}-unpacked`, executableName)
  return null
}

/**
 * The app the smoke test launches: NEWSROOM_APP_EXECUTABLE, else the smoke-test copy from
 * `npm run dist:smoke`, else the development build (`out/`) in the installed Electron binary.
 */
export function findAppUnderTest(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): AppUnderTest {
  const named = env.NEWSROOM_APP_EXECUTABLE
  if (named !== undefined && named !== '') {
    return existsSync(named)
      ? { kind: 'packaged', executablePath: named, args: [] }
      : { kind: 'not-found', path: named }
  }
  const looked: string[] = []
  const packaged = packagedExecutable(root, join(root, smokeOutputDir), platform, arch)
  if (packaged !== null) {
    if (existsSync(packaged)) return { kind: 'packaged', executablePath: packaged, args: [] }
    looked.push(packaged)
  }
  const binary = findElectronBinary(root, env)
  const entry = join(root, 'out', 'main', 'index.js')
  if (binary.found && existsSync(entry)) {
    return { kind: 'development', executablePath: binary.path, args: [root] }
  }
  looked.push(binary.found ? entry : binary.path)
  return { kind: 'none', looked }
}

/**
 * Whether the executable accepts --inspect, which Playwright needs to drive the main process.
 * The release build switches it off with a fuse (electron-builder.yml); the smoke copy keeps it.
 */
export async function acceptsInspectorArguments(executablePath: string): Promise<boolean> {
  const wire = await getCurrentFuseWire(executablePath)
  return wire[FuseV1Options.EnableNodeCliInspectArguments] !== FuseState.DISABLE
}

export interface SmokeTestPlan {
  /** What to tell the user, in both languages. */
  lines: string[]
  /** The app to launch, or null when nothing runs (skipped, or an error). */
  launch: { executablePath: string; args: string[] } | null
  exitCode: number
}

/** What `npm run test:electron` does on this machine. */
export async function smokeTestPlan(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): Promise<SmokeTestPlan> {
  const locale = terminalLocale(env)
  const app = findAppUnderTest(root, env, platform, arch)
  const tell = (key: string, params: Record<string, string>) => inBothLanguages(key, params, locale)
  if (app.kind === 'none') {
    return {
      lines: tell('launcher.smokeSkipped', { looked: app.looked.join(', ') }),
      launch: null,
      exitCode: 0,
    }
  }
  if (app.kind === 'not-found') {
    return {
      lines: tell('launcher.smokeAppNotFound', { path: app.path }),
      launch: null,
      exitCode: 1,
    }
  }
  if (!(await acceptsInspectorArguments(app.executablePath))) {
    return {
      lines: tell('launcher.smokeFuseOff', { path: app.executablePath }),
      launch: null,
      exitCode: 1,
    }
  }
  const launch = { executablePath: app.executablePath, args: app.args }
  return {
    lines: tell('launcher.smokeTesting', {
      app: [launch.executablePath, ...launch.args].join(' '),
    }),
    launch,
    exitCode: 0,
  }
}
