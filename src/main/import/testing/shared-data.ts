// Test support: the read-only shared data next to the repository (../shared from its root).
// Tests read it at run time; nothing of it is copied into the repository.
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url))

export function sharedPath(...parts: string[]): string {
  return join(repoRoot, '..', 'shared', ...parts)
}

export const fixturePagePath = sharedPath('fixtures', 'pages', 'gaoxinqu-page.txt')
