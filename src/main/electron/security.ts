// Hardening that applies to every web contents the app creates: no navigation away from the
// app, no new windows, no <webview>, every permission request denied.
import { app, session, shell } from 'electron'
import type { WebContents } from 'electron'
import { isTrustedSender } from '../dispatch'
import { externalLinkTarget } from '../services/external-links'

export function hardenWebContents(contents: WebContents, trustedOrigins: readonly string[]): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedSender(url, trustedOrigins)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedSender(url, trustedOrigins)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalLinkTarget(url)
    if (external !== null) void shell.openExternal(external)
    return { action: 'deny' }
  })
}

export function allowedPermission(
  permission: string,
  requestingUrl: string,
  trustedOrigins: readonly string[],
): boolean {
  return (
    permission === 'clipboard-sanitized-write' && isTrustedSender(requestingUrl, trustedOrigins)
  )
}

export function installSecurityPolicy(trustedOrigins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, trustedOrigins)
  })
  // Everything is refused but writing text to the clipboard from the app itself ("copy with
  // citation"); reading the clipboard stays refused.
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(allowedPermission(permission, details.requestingUrl, trustedOrigins))
  })
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    allowedPermission(permission, requestingOrigin, trustedOrigins),
  )
}
