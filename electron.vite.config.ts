import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'

// Main and preload build as CommonJS (no "type": "module"): a sandboxed preload cannot load .mjs.
export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The import pipeline's worker thread, started by src/main/import/start-worker.ts.
          'import-worker': resolve(__dirname, 'src/main/import/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      minify: true,
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          // The print page: the hidden print window and Save as PDF open it on the app's origin.
          print: resolve(__dirname, 'src/renderer/print/print.html'),
        },
      },
    },
  },
})
