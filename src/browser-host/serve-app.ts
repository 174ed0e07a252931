// Serves a built renderer folder to a Playwright browser context on an invented origin: every
// request is answered from disk under the app's CSP, and nothing else is reachable.
import type { BrowserContext } from 'playwright-core'
import { readFile } from 'node:fs/promises'
import { contentSecurityPolicy } from '../shared/app-origin'
import { resolveStaticRequest } from '../main/services/static-files'

export async function serveApp(
  context: BrowserContext,
  root: string,
  origin: string,
): Promise<void> {
  await context.route('**/*', async (route) => {
    const request = route.request()
    const resolved = resolveStaticRequest(root, origin, request.method(), request.url())
    if (!resolved.ok) {
      await route.fulfill({ status: resolved.status })
      return
    }
    try {
      await route.fulfill({
        status: 200,
        body: await readFile(resolved.file),
        headers: {
          'content-type': resolved.contentType,
          'content-security-policy': contentSecurityPolicy,
        },
      })
    } catch {
      await route.fulfill({ status: 404 })
    }
  })
}
