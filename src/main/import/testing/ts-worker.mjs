// Test support: runs the TypeScript worker module (../worker.ts) in a thread through tsx; the
// app starts the built JavaScript module instead.
import { tsImport } from 'tsx/esm/api'

await tsImport('../worker.ts', import.meta.url)
