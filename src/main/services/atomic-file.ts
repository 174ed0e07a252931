// Writes a file so that a crash or a full disk never leaves it half-written: write a temporary
// file beside it, flush it, then rename over the target (atomic on the same volume).
import { open, rename, rm } from 'node:fs/promises'

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
}
