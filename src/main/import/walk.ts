// Expands the files and folders a user chose into the list of files to import. Folders are walked
// recursively in natural name order; symlink loops (found by real path) and unreadable entries are
// reported, never fatal. Hidden files, README files and files of other formats inside folders are
// skipped.
// Every path is resolved to its real path first: a link that leads outside what the user granted
// is reported and never read, not even its metadata.
import { readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImportError } from '../../core/import/codes'
import { importError } from '../../core/import/codes'
import { formatOfPath } from '../../core/import/pipeline'
import { Grant } from './grant'
import { fileSystemError } from './read'

export interface FoundFile {
  /** The path as reached from what the user chose (links are not resolved): what the user sees. */
  path: string
  /** The resolved path, checked against the grant: what is read. */
  real: string
  size: number
  error?: undefined
}

export interface WalkProblem {
  path: string
  error: ImportError
}

export interface WalkResult {
  /** Files and problems in the order the user chose them, folders in natural name order. */
  entries: (FoundFile | WalkProblem)[]
  /** Files inside folders that are hidden, READMEs or of another format. */
  skipped: number
}

export interface WalkOptions {
  signal?: AbortSignal | undefined
  /** What the user granted (ImportAccess); absent: the chosen paths themselves. */
  granted?: readonly string[] | undefined
}

const byName = new Intl.Collator('en', { numeric: true })

/**
 * A README (README, README.md, readme.txt, …) describes the folder it is in — the bundled
 * sample's, a colleague's export — and is no article. Chosen on its own, it is imported.
 */
function isReadme(name: string): boolean {
  return /^readme(?:\.[^.]+)?$/iu.test(name)
}

class Walker {
  readonly result: WalkResult = { entries: [], skipped: 0 }
  private readonly walked = new Set<string>()

  constructor(
    private readonly grant: Grant,
    private readonly signal?: AbortSignal,
  ) {}

  async chosen(path: string): Promise<void> {
    await this.visit(path, [], true)
  }

  private problem(path: string, error: ImportError): void {
    this.result.entries.push({ path, error })
  }

  /** The real path of `path` when it stays inside the grant; otherwise reports it. */
  private async resolved(path: string): Promise<string | null> {
    const real = await realpath(path) // a dangling link throws ENOENT, a file link loop ELOOP
    if (this.grant.contains(real)) return real
    this.problem(path, importError('outsideGrant', { target: real }))
    return null
  }

  private async visit(path: string, ancestors: readonly string[], chosen: boolean): Promise<void> {
    try {
      const real = await this.resolved(path)
      if (real === null) return
      const info = await stat(real)
      if (info.isDirectory()) await this.folder(path, real, ancestors)
      else if (!chosen && !formatOfPath(path)) this.result.skipped++
      else if (info.isFile()) this.result.entries.push({ path, real, size: info.size })
      else this.problem(path, importError('notRegularFile'))
    } catch (error) {
      this.problem(path, fileSystemError(error, path))
    }
  }

  private async folder(path: string, real: string, ancestors: readonly string[]): Promise<void> {
    if (this.signal?.aborted) return
    if (ancestors.includes(real)) {
      this.problem(path, importError('symlinkLoop', { target: real }))
      return
    }
    if (this.walked.has(real)) return // reached twice through links: walked once
    this.walked.add(real)
    let names: string[]
    try {
      names = (await readdir(real)).sort(byName.compare)
    } catch (error) {
      this.problem(path, fileSystemError(error, path))
      return
    }
    const inside = [...ancestors, real]
    for (const name of names) {
      if (name.startsWith('.') || isReadme(name)) {
        this.result.skipped++
        continue
      }
      await this.visit(join(path, name), inside, false)
    }
  }
}

export async function expandPaths(
  paths: readonly string[],
  options: WalkOptions = {},
): Promise<WalkResult> {
  const { signal } = options
  const walker = new Walker(await Grant.of(options.granted ?? paths), signal)
  for (const path of paths) {
    if (signal?.aborted) break
    await walker.chosen(path)
  }
  return walker.result
}
