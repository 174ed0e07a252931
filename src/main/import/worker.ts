// Entry module of the import worker thread: `startImportWorker(<built path of this file>, …)`.
import { parentPort } from 'node:worker_threads'
import { serveImport } from './serve'

if (parentPort) serveImport(parentPort)
