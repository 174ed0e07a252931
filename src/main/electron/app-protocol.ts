// Serves the built renderer from the privileged `app://newsroom` origin (never file://).
// IndexedDB is per origin: this origin must never change once users have data.
import { net, protocol } from 'electron'
import { pathToFileURL } from 'node:url'
import { appOrigin, appScheme, contentSecurityPolicy } from '../../shared/app-origin'
import { resolveStaticRequest } from '../services/static-files'

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(appScheme, async (request) => {
    const resolved = resolveStaticRequest(rendererRoot, appOrigin, request.method, request.url)
    if (!resolved.ok) return new Response(null, { status: resolved.status })
    const response = await net.fetch(pathToFileURL(resolved.file).toString())
    if (!response.ok) return new Response(null, { status: 404 })
    return new Response(response.body, {
      status: 200,
      headers: {
        'content-type': resolved.contentType,
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
      },
    })
  })
}
