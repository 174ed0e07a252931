// Backing up a realistic archive through the API contract: every chunk the renderer sends
// passes main's argument check (at most 4 MiB, although a Chinese character is 3 bytes), and
// the file restores into an empty archive with nothing lost.
import { afterEach, describe, expect, it } from 'vitest'
import type { NewsroomApi } from '../../shared/api/contract'
import { validateArguments } from '../../shared/api/validation'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { openArchiveDatabase } from '../db/database'
import type { ArchiveDatabase } from '../db/database'
import { backUpArchive, openBackupFile } from './backup-flow'
import { restoreArchive } from './backup-restore'

const opened: ArchiveDatabase[] = []
afterEach(async () => {
  for (const database of opened.splice(0)) {
    database.close()
    await database.delete()
  }
})

function archive(): ArchiveDatabase {
  const database = openArchiveDatabase(`backup-flow-${crypto.randomUUID()}`)
  opened.push(database)
  return database
}

/** Main's side of the backup operations, holding the file in memory; arguments checked as main does. */
function mainSide() {
  const written: Uint8Array[] = []
  let file = new Uint8Array()
  const token = crypto.randomUUID()
  const check = (name: Parameters<typeof validateArguments>[0], args: unknown[]) => {
    const result = validateArguments(name, args)
    if (!result.ok) throw new Error(result.message)
  }
  const api = {
    beginBackupWrite: (name: string) => {
      check('beginBackupWrite', [name])
      return Promise.resolve({ token, path: `/backups/${name}` })
    },
    writeBackupChunk: (id: string, chunk: Uint8Array) => {
      check('writeBackupChunk', [id, chunk])
      written.push(chunk.slice())
      return Promise.resolve()
    },
    finishBackupWrite: () => {
      file = new Uint8Array(written.reduce((sum, chunk) => sum + chunk.byteLength, 0))
      let at = 0
      for (const chunk of written) {
        file.set(chunk, at)
        at += chunk.byteLength
      }
      return Promise.resolve({ path: '/backups/archive.jsonl' })
    },
    abortBackupWrite: () => Promise.resolve(),
    beginBackupRead: () =>
      Promise.resolve({ token, size: file.byteLength, path: '/backups/archive.jsonl' }),
    readBackupChunk: (id: string, offset: number, length: number) => {
      check('readBackupChunk', [id, offset, length])
      return Promise.resolve(file.slice(offset, offset + length))
    },
    endBackupRead: () => Promise.resolve(),
  } as unknown as NewsroomApi
  return { api, written }
}

describe('backup through main', () => {
  it('sends chunks main accepts and restores every article', async () => {
    const source = archive()
    const long = '青禾县云岭镇茶叶专业合作社统一流转茶园，返聘村民管护。'.repeat(80)
    await source.articles.bulkAdd(
      Array.from({ length: 2500 }, (_, index) =>
        makeArticle(`第${index}篇`, paragraphs(`${index}：${long}`), { importedAt: index }),
      ),
    )
    const { api, written } = mainSide()
    const progress: [number, number][] = []
    const backedUp = await backUpArchive(api, source, new Date(), (done, total) => {
      progress.push([done, total])
    })
    expect(backedUp).toEqual({ path: '/backups/archive.jsonl' })
    // Counted page by page, as the busy bar shows it.
    expect(progress).toEqual([1000, 2000, 2500].map((done) => [done, 2500]))
    const total = written.reduce((sum, chunk) => sum + chunk.byteLength, 0)
    expect(total).toBeGreaterThan(8 * 1024 * 1024)
    expect(Math.max(...written.map((chunk) => chunk.byteLength))).toBeLessThanOrEqual(
      4 * 1024 * 1024,
    )

    const target = archive()
    const file = await openBackupFile(api)
    if (file === null) throw new Error('no backup')
    expect(file.source.name).toBe('archive.jsonl')
    const { counts } = await restoreArchive(target, file.source)
    await file.close()
    expect(counts.articles.added).toBe(2500)
    expect(await target.articles.count()).toBe(2500)
  })
})
