// Builds the print page (src/renderer/print/print.html) with vite for the PDF tool, cached
// under node_modules/.cache and rebuilt only when the sources it is made of change.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const sourceDirs = ['src/renderer/print', 'src/core/print', 'src/shared', 'src/renderer/db']

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

async function sourceStamp(appRoot: string): Promise<string> {
  const hash = createHash('sha256')
  for (const dir of sourceDirs) {
    for (const file of await filesUnder(join(appRoot, dir))) {
      hash.update(file).update(await readFile(file))
    }
  }
  hash.update(await readFile(join(appRoot, 'package-lock.json')))
  return hash.digest('hex')
}

/** The folder holding print.html and its assets, built if missing or stale. */
export async function printBundle(appRoot: string): Promise<string> {
  const outDir = join(appRoot, 'node_modules', '.cache', 'newsroom-print')
  const stampFile = join(outDir, '.stamp')
  const stamp = await sourceStamp(appRoot)
  if (existsSync(stampFile) && (await readFile(stampFile, 'utf8')) === stamp) return outDir
  const [{ build }, { default: react }] = await Promise.all([
    import('vite'),
    import('@vitejs/plugin-react'),
  ])
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(appRoot, 'src', 'renderer'),
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      // The font slices are many small files; the script chunk holds React and the layout.
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        input: { print: join(appRoot, 'src', 'renderer', 'print', 'print.html') },
      },
    },
  })
  await mkdir(outDir, { recursive: true })
  await writeFile(stampFile, stamp)
  return outDir
}
