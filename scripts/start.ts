// `npm start`: builds and starts the desktop app with `electron-vite preview`, as before, when the
// Electron binary is installed. When it is not (it could not be downloaded), says so in one plain
// sentence in the user's language and offers the same app in Chromium (`npm run preview:browser`)
// instead of electron-vite's "Error: Electron uninstall" stack trace.
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { createTranslator } from '../src/shared/locales/translator'
import { findElectronBinary, terminalLocale } from './electron-app'

const root = resolve(__dirname, '..')

function run(command: string, args: string[], shell = false): void {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal))
  }
  child.on('close', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)))
}

async function askYesNo(question: string): Promise<boolean> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout })
  try {
    return /^y(es)?$/i.test((await terminal.question(question)).trim())
  } finally {
    terminal.close()
  }
}

function openInChromium(): void {
  // npm sets npm_execpath for scripts; run the same npm that runs this script.
  const npm = process.env.npm_execpath
  if (npm !== undefined && npm !== '') run(process.execPath, [npm, 'run', 'preview:browser'])
  else run('npm', ['run', 'preview:browser'], process.platform === 'win32')
}

async function main(): Promise<void> {
  const binary = findElectronBinary(root)
  if (binary.found) {
    const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
    run(process.execPath, [electronVite, 'preview', ...process.argv.slice(2)])
    return
  }
  const t = createTranslator(terminalLocale())
  console.error(t('launcher.electronMissing', { path: binary.path }))
  if (
    process.stdin.isTTY &&
    process.stdout.isTTY &&
    (await askYesNo(t('launcher.openInChromium')))
  ) {
    openInChromium()
    return
  }
  process.exitCode = 1
}

void main()
