// Resolves a request for the app's own origin to a file of the built renderer, refusing
// anything outside it. Shared by the Electron `app://` protocol and the browser host.
import { extname, join, normalize, sep } from 'node:path'

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

export type StaticResolution =
  { ok: true; file: string; contentType: string } | { ok: false; status: 400 | 403 | 404 | 405 }

/**
 * Maps `url` (which must be on `origin`) to a file under `root`. Only GET and HEAD; the path is
 * decoded, normalised and must stay inside root (no `..`, no encoded separators, no NUL).
 */
export function resolveStaticRequest(
  root: string,
  origin: string,
  method: string,
  url: string,
): StaticResolution {
  if (method !== 'GET' && method !== 'HEAD') return { ok: false, status: 405 }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { ok: false, status: 400 }
  }
  if (parsed.origin !== origin && `${parsed.protocol}//${parsed.host}` !== origin) {
    return { ok: false, status: 403 }
  }
  let path: string
  try {
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return { ok: false, status: 400 }
  }
  if (path.includes('\0') || path.includes('\\')) return { ok: false, status: 400 }
  if (path === '/' || path === '') path = '/index.html'
  const relative = normalize(path).replace(/^[/\\]+/, '')
  if (relative.split(/[/\\]/).includes('..')) return { ok: false, status: 403 }
  const rootWithSep = root.endsWith(sep) ? root : root + sep
  const file = join(rootWithSep, relative)
  if (!file.startsWith(rootWithSep)) return { ok: false, status: 403 }
  const contentType = mimeTypes[extname(file).toLowerCase()]
  if (contentType === undefined) return { ok: false, status: 404 }
  return { ok: true, file, contentType }
}
