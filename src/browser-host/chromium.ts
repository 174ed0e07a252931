// Where the real Chromium used by the browser host, the browser tests and the PDF tools lives.
// Machines without the Electron binary (Linux CI, build machines) run the renderer in it.
import { existsSync } from 'node:fs'

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
}

/** Flags that keep a headless Chromium quiet on a machine with no network but the registries. */
export const chromiumArgs: readonly string[] = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
  // Root (CI) cannot use Chromium's sandbox; the page is our own code, never remote content.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
]

export function missingChromiumMessage(path: string): string {
  return (
    `No Chromium found at ${path}.\n` +
    'The renderer and end-to-end tests run in a real Chromium. Install one, for example:\n' +
    '  sudo apt-get install -y chromium fonts-noto-cjk poppler-utils   (Debian/Ubuntu)\n' +
    'or set CHROMIUM_PATH to an installed Chrome or Chromium executable.'
  )
}

export function requireChromium(): string {
  const path = chromiumPath()
  if (!existsSync(path)) throw new Error(missingChromiumMessage(path))
  return path
}
