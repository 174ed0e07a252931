// The smoke test of the real Electron app (test/electron/), for `npm run test:electron` only
// (scripts/test-electron.ts picks the app): `npm test` runs vitest.config.ts, which leaves it out.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'electron',
    environment: 'node',
    include: ['test/electron/**/*.test.ts'],
    // Starting Electron, laying out pages and printing take a while on a shared runner.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})
