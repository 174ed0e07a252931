import { defineConfig } from 'vitest/config'
import { playwright } from '@vitest/browser-playwright'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { chromiumArgs, chromiumPath } from './src/browser-host/chromium'

// `electron` is aliased to a typed fake in every project: since electron 42, merely importing the
// real module tries to download the binary, which these machines cannot do.
const alias = { electron: fileURLToPath(new URL('./test/fakes/electron.ts', import.meta.url)) }

// No test may depend on the machine being idle: time limits only catch a hang, and waits for the
// UI (expect.poll, expect.element) give a loaded two-core machine ample time.
const patience = {
  testTimeout: 180_000,
  hookTimeout: 180_000,
  expect: { poll: { timeout: 30_000 } },
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          ...patience,
          // @actions/workflow-parser imports JSON without import attributes, which Node refuses:
          // Vite bundles it first.
          deps: { optimizer: { ssr: { enabled: true, include: ['@actions/workflow-parser'] } } },
          include: [
            'src/{shared,core,main,browser-host}/**/*.test.ts',
            'scripts/**/*.test.ts',
            'test/node/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'browser',
          ...patience,
          include: ['src/renderer/**/*.test.{ts,tsx}', 'test/browser/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: [...chromiumArgs] },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          ...patience,
          // One Chromium at a time: CI machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
})
