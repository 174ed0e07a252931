// Backup files, written and read in bounded chunks so no IPC message carries a whole archive.
// A backup is written to a temporary file beside the target and renamed over it only when
// complete: a crash, a full disk or a cancel never leaves a half-written backup.
import { open, rename, rm, stat } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import { syncFolder } from './atomic-file'

interface Writing {
  target: string
  temporary: string
  handle: FileHandle
}

interface Reading {
  handle: FileHandle
  size: number
}

/** A chunk is at most this large in either direction. */
export const maxBackupChunk = 4 * 1024 * 1024

export class BackupFiles {
  private readonly writing = new Map<string, Writing>()
  private readonly reading = new Map<string, Reading>()

  async beginWrite(target: string): Promise<string> {
    const token = randomUUID()
    const temporary = `${target}.${token.slice(0, 8)}.partial`
    const handle = await open(temporary, 'w')
    this.writing.set(token, { target, temporary, handle })
    return token
  }

  async write(token: string, chunk: Uint8Array): Promise<void> {
    if (chunk.byteLength > maxBackupChunk) throw new RangeError('Backup chunk too large.')
    const file = this.writingFile(token)
    try {
      await file.handle.write(chunk)
    } catch (error) {
      await this.abortWrite(token)
      throw error
    }
  }

  /** Flushes the temporary file to disk, renames it over the target, then flushes the folder. */
  async finishWrite(token: string): Promise<string> {
    const file = this.writingFile(token)
    this.writing.delete(token)
    try {
      await file.handle.sync()
      await file.handle.close()
      await rename(file.temporary, file.target)
    } catch (error) {
      await file.handle.close().catch(() => undefined)
      await rm(file.temporary, { force: true })
      throw error
    }
    await syncFolder(file.target)
    return file.target
  }

  async abortWrite(token: string): Promise<void> {
    const file = this.writing.get(token)
    if (file === undefined) return
    this.writing.delete(token)
    await file.handle.close().catch(() => undefined)
    await rm(file.temporary, { force: true })
  }

  async beginRead(path: string): Promise<{ token: string; size: number }> {
    const { size } = await stat(path)
    const handle = await open(path, 'r')
    const token = randomUUID()
    this.reading.set(token, { handle, size })
    return { token, size }
  }

  async read(token: string, offset: number, length: number): Promise<Uint8Array> {
    const file = this.reading.get(token)
    if (file === undefined) throw new Error('Unknown backup reader.')
    const size = Math.max(0, Math.min(length, maxBackupChunk, file.size - offset))
    const buffer = new Uint8Array(size)
    const { bytesRead } = await file.handle.read(buffer, 0, size, offset)
    return buffer.subarray(0, bytesRead)
  }

  async endRead(token: string): Promise<void> {
    const file = this.reading.get(token)
    this.reading.delete(token)
    await file?.handle.close()
  }

  /** Closes everything still open (the app is quitting); partial backups are removed. */
  async closeAll(): Promise<void> {
    await Promise.all([...this.writing.keys()].map((token) => this.abortWrite(token)))
    await Promise.all([...this.reading.keys()].map((token) => this.endRead(token)))
  }

  private writingFile(token: string): Writing {
    const file = this.writing.get(token)
    if (file === undefined) throw new Error('Unknown backup writer.')
    return file
  }
}
