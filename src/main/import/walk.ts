// Expands the files and folders a user chose into the list of files to import. Folders are walked
// recursively in natural name order; symlink loops (found by real path) and unreadable entries are
// reported, never fatal. Hidden files and files of other formats inside folders are skipped.
import { readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImportError } from '../../core/import/codes'
import { importError } from '../../core/import/codes'
import { formatOfPath } from '../../core/import/pipeline'
import { fileSystemError } from './read'

export interface FoundFile {
  /** The path as reached from what the user chose (links are not resolved). */
  path: string
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
  /** Files inside folders that are hidden or of another format. */
  skipped: number
}

const byName = new Intl.Collator('en', { numeric: true })

class Walker {
  readonly result: WalkResult = { entries: [], skipped: 0 }
  private readonly walked = new Set<string>()

  constructor(private readonly signal?: AbortSignal) {}

  async chosen(path: string): Promise<void> {
    try {
      const info = await stat(path)
      if (info.isDirectory()) await this.folder(path, [])
      else this.result.entries.push({ path, size: info.size })
    } catch (error) {
      this.problem(path, fileSystemError(error, path))
    }
  }

  private problem(path: string, error: ImportError): void {
    this.result.entries.push({ path, error })
  }

  private async folder(path: string, ancestors: readonly string[]): Promise<void> {
    if (this.signal?.aborted) return
    const real = await realpath(path)
    if (ancestors.includes(real)) {
      this.problem(path, importError('symlinkLoop', { target: real }))
      return
    }
    if (this.walked.has(real)) return // reached twice through links: walked once
    this.walked.add(real)
    let names: string[]
    try {
      names = (await readdir(path)).sort(byName.compare)
    } catch (error) {
      this.problem(path, fileSystemError(error, path))
      return
    }
    const inside = [...ancestors, real]
    for (const name of names) {
      if (name.startsWith('.')) {
        this.result.skipped++
        continue
      }
      await this.entry(join(path, name), inside)
    }
  }

  private async entry(path: string, ancestors: readonly string[]): Promise<void> {
    try {
      const info = await stat(path) // follows links: a dangling one throws ENOENT
      if (info.isDirectory()) await this.folder(path, ancestors)
      else if (!formatOfPath(path)) this.result.skipped++
      else if (info.isFile()) this.result.entries.push({ path, size: info.size })
      else this.problem(path, importError('unreadable', { reason: 'not a regular file' }))
    } catch (error) {
      this.problem(path, fileSystemError(error, path))
    }
  }
}

export async function expandPaths(
  paths: readonly string[],
  signal?: AbortSignal,
): Promise<WalkResult> {
  const walker = new Walker(signal)
  for (const path of paths) {
    if (signal?.aborted) break
    await walker.chosen(path)
  }
  return walker.result
}
