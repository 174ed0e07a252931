// The renderer's origin. IndexedDB belongs to the origin, so this must NEVER change once users
// have data: changing it would orphan every archive.
export const appScheme = 'app'
export const appHost = 'newsroom'
export const appOrigin = `${appScheme}://${appHost}`
export const appEntryUrl = `${appOrigin}/index.html`

/** The Content Security Policy of every page: nothing remote, no inline script, no plugins. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ')
