import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BackupFiles, maxBackupChunk } from './backup-files'

let directory: string
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'newsroom-backup-'))
})
afterEach(async () => {
  await rm(directory, { recursive: true, force: true })
})

const bytes = (text: string) => new TextEncoder().encode(text)

describe('backup files', () => {
  it('appear only when complete, replacing an older backup in one step', async () => {
    const target = join(directory, '新闻档案备份.jsonl')
    await writeFile(target, 'old backup')
    const files = new BackupFiles()
    const token = await files.beginWrite(target)
    await files.write(token, bytes('{"a":1}\n'))
    expect(await readFile(target, 'utf8')).toBe('old backup')
    await files.write(token, bytes('{"b":2}\n'))
    expect(await files.finishWrite(token)).toBe(target)
    expect(await readFile(target, 'utf8')).toBe('{"a":1}\n{"b":2}\n')
    expect(await readdir(directory)).toEqual(['新闻档案备份.jsonl'])
  })

  it('leave no trace and keep the old backup when aborted', async () => {
    const target = join(directory, 'backup.jsonl')
    await writeFile(target, 'old backup')
    const files = new BackupFiles()
    const token = await files.beginWrite(target)
    await files.write(token, bytes('partial'))
    await files.abortWrite(token)
    expect(await readdir(directory)).toEqual(['backup.jsonl'])
    expect(await readFile(target, 'utf8')).toBe('old backup')
    await expect(files.write(token, bytes('x'))).rejects.toThrow(/Unknown/)
  })

  it('are read back in bounded chunks', async () => {
    const path = join(directory, 'backup.jsonl')
    const content = 'x'.repeat(maxBackupChunk + 10)
    await writeFile(path, content)
    const files = new BackupFiles()
    const { token, size } = await files.beginRead(path)
    expect(size).toBe(content.length)
    const first = await files.read(token, 0, Number.MAX_SAFE_INTEGER)
    expect(first.byteLength).toBe(maxBackupChunk)
    const rest = await files.read(token, maxBackupChunk, maxBackupChunk)
    expect(rest.byteLength).toBe(10)
    expect((await files.read(token, size, 100)).byteLength).toBe(0)
    await files.endRead(token)
    await expect(files.read(token, 0, 1)).rejects.toThrow(/Unknown/)
  })
})
