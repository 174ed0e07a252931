// Reading one file with a size limit. Only regular files are opened (a FIFO would block forever),
// and the size is checked before a byte is read.
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { importError } from '../../core/import/codes'
import type { ImportError } from '../../core/import/codes'
import { formatOfPath } from '../../core/import/pipeline'
import { systemErrorCode, systemErrorParams } from '../../shared/system-error'

const MB = 1024 * 1024

/** Text and web pages above 100 MB are not newspaper pages; Word files above 50 MB are images. */
export const sizeLimits = { text: 100 * MB, docx: 50 * MB } as const

export function sizeLimitFor(path: string): number {
  return formatOfPath(path) === 'docx' ? sizeLimits.docx : sizeLimits.text
}

export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${bytes} B`
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; error: ImportError }

/** Maps a file-system error to the user's message code; the system's own text is `detail`. */
export function fileSystemError(error: unknown, path: string): ImportError {
  const code = systemErrorCode(error)
  if (code === 'ENOENT') return importError('notFound')
  if (code === 'EISDIR') return importError('isDirectory')
  if (code === 'ELOOP') return importError('symlinkLoop', { target: path })
  return importError('unreadable', systemErrorParams(error))
}

function tooLarge(size: number, limit: number): ReadResult {
  return {
    ok: false,
    error: importError('tooLarge', { size: formatBytes(size), limit: formatBytes(limit) }),
  }
}

/** Blocking reads on purpose: this runs in the import worker thread, where a file read in one
 * call is several times faster than five thread-pool round trips, and nothing else waits. */
export async function readLimited(path: string, limit = sizeLimitFor(path)): Promise<ReadResult> {
  await Promise.resolve() // let a cancel message in between files
  try {
    const info = statSync(path)
    if (info.isDirectory()) return { ok: false, error: importError('isDirectory') }
    if (!info.isFile()) return { ok: false, error: importError('notRegularFile') }
    if (info.size > limit) return tooLarge(info.size, limit)
    const descriptor = openSync(path, 'r')
    try {
      // The file may have grown since stat: read at most one byte past the limit to notice.
      const buffer = new Uint8Array(Math.min(limit + 1, info.size + 64 * 1024))
      let length = 0
      for (;;) {
        const bytesRead =
          length < buffer.length
            ? readSync(descriptor, buffer, length, buffer.length - length, null)
            : 0
        if (bytesRead === 0) break
        length += bytesRead
      }
      if (length > limit) return tooLarge(length, limit)
      return { ok: true, bytes: buffer.subarray(0, length) }
    } finally {
      closeSync(descriptor)
    }
  } catch (error) {
    return { ok: false, error: fileSystemError(error, path) }
  }
}
