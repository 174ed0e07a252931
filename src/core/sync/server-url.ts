// The bureau server's address as a user types it: HTTPS, or plain HTTP only to this machine
// itself (a server for trying things out, the tests' server); no credentials inside the URL (the
// password is asked for apart and kept in the keychain); a database name CouchDB accepts.
import type { ServerUrlError } from '../../shared/api/sync'

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])
/** CouchDB's rule for database names. */
const databaseName = /^[a-z][a-z0-9_$()+/-]*$/u

export function checkServerUrl(
  url: string,
  database: string,
): { ok: true; databaseUrl: string } | { ok: false; error: ServerUrlError } {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return { ok: false, error: 'invalidUrl' }
  }
  if (parsed.username !== '' || parsed.password !== '')
    return { ok: false, error: 'credentialsInUrl' }
  const secure = parsed.protocol === 'https:'
  const loopback = parsed.protocol === 'http:' && loopbackHosts.has(parsed.hostname)
  if (!secure && !loopback) return { ok: false, error: 'notHttps' }
  if (parsed.search !== '' || parsed.hash !== '') return { ok: false, error: 'invalidUrl' }
  if (!databaseName.test(database) || database.length > 200)
    return { ok: false, error: 'invalidDatabase' }
  const base = parsed.href.replace(/\/+$/u, '')
  return { ok: true, databaseUrl: `${base}/${encodeURIComponent(database)}` }
}
