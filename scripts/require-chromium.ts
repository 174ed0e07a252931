// Fails `npm test` early, with instructions, when no Chromium is available: the browser and e2e
// test projects need a real one and must never be skipped silently.
import { chromiumPath, missingChromiumMessage } from '../src/browser-host/chromium'
import { existsSync } from 'node:fs'

if (!existsSync(chromiumPath())) {
  console.error(missingChromiumMessage(chromiumPath()))
  process.exit(1)
}
