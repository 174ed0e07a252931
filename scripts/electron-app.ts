// What `npm start` needs to know before it starts anything: the user's language in the terminal,
// and whether the Electron binary is installed. Nothing here requires 'electron': since
// electron 42 merely requiring it tries to download the binary, which fails on machines that
// cannot.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
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
