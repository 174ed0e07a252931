// Atomic writes on a real folder: the target changes in one step, no temporary file stays, and
// flushing the folder afterwards never fails where folders cannot be opened.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { syncFolder, writeFileAtomic } from './atomic-file'

let directory: string
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'newsroom-atomic-'))
})
afterEach(async () => {
  await rm(directory, { recursive: true, force: true })
})

describe('atomic files', () => {
  it('replace the target in one step and leave nothing else in the folder', async () => {
    const target = join(directory, '版面.pdf')
    await writeFile(target, 'old')
    await writeFileAtomic(target, 'new')
    expect(await readFile(target, 'utf8')).toBe('new')
    expect(await readdir(directory)).toEqual(['版面.pdf'])
  })

  it('flush the folder of a file, and skip a folder that cannot be opened without failing', async () => {
    await expect(syncFolder(join(directory, 'a.txt'))).resolves.toBeUndefined()
    await expect(syncFolder(join(directory, 'missing', 'a.txt'))).resolves.toBeUndefined()
  })
})
