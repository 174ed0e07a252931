// Writes a file so that a crash or a full disk never leaves it half-written: write a temporary
// file beside it, flush it, rename over the target (atomic on the same volume), then flush the
// folder so the rename itself survives a power cut.
import { open, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Flushes the folder holding `path`, which records a rename into it. Where a folder cannot be
 * opened (Windows) or flushed (some network and FAT file systems), the system keeps the rename
 * durable its own way: nothing to do.
 */
export async function syncFolder(path: string): Promise<void> {
  let folder
  try {
    folder = await open(dirname(path), 'r')
  } catch {
    return
  }
  try {
    await folder.sync()
  } catch {
    // Not supported on this file system (EINVAL, ENOTSUP, EPERM): the file itself was flushed.
  } finally {
    await folder.close()
  }
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`
  try {
    const handle = await open(temporary, 'w')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  await syncFolder(path)
}
