// A 200 MB backup restored in real IndexedDB with flat memory. The file is generated as the
// restore reads it (never whole), and at every read the test counts how many of the articles
// handed over so far are still not stored: what the restore holds. Streaming keeps that to about
// one read's worth; reading the whole file first, or collecting its records, would hold them all.
// (Counting, not heap figures: the browser tests share one page's heap with other test files.)
import { describe, expect, it } from 'vitest'
import { endLine, headerLine, recordLine } from '../../core/archive/backup-format'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import type { ArchiveDatabase } from '../db/database'
import { freshDatabase } from '../archive/testing'
import { restoreArchive } from './backup-restore'
import type { BackupSource } from './backup-restore'

const MB = 2 ** 20
const paragraph =
  '青禾县冷链物流园一期工程正式投入使用，园区新建冷库容量三千吨，可满足全县果蔬错峰销售需要。'

interface GeneratedSource extends BackupSource {
  /** The most articles handed over and not yet stored, seen at any read. */
  heldAtMost: () => number
  /** Articles in one read, at most. */
  perRead: () => number
}

/** A backup of `count` articles whose bytes are made on demand, front to back. */
function generatedSource(count: number, database: ArchiveDatabase): GeneratedSource {
  const encoder = new TextEncoder()
  const line = (index: number): string =>
    index === 0
      ? headerLine(Date.now())
      : index <= count
        ? recordLine({
            type: 'article',
            value: makeArticle(
              `第${String(index)}号稿件`,
              paragraphs(paragraph.repeat(14), `编号 ${String(index)}`),
            ),
          })
        : endLine({ articles: count, tags: 0, settings: 0 })
  let total = 0
  for (let index = 0; index <= count + 1; index++) total += encoder.encode(line(index)).length
  let next = 0
  let pending = new Uint8Array(0)
  let produced = 0
  let held = 0
  let perRead = 0
  return {
    name: 'generated.newsroom-backup.jsonl',
    size: total,
    heldAtMost: () => held,
    perRead: () => perRead,
    read: async (offset, length) => {
      if (offset !== produced) throw new Error('The restore is expected to read front to back.')
      // Articles begun so far (`next` lines made, the header is line 0) against those stored.
      const handed = Math.max(0, Math.min(next - 1, count))
      held = Math.max(held, handed - (await database.articles.count()))
      const parts: Uint8Array[] = [pending]
      let have = pending.length
      const first = next
      while (have < length && next <= count + 1) {
        const bytes = encoder.encode(line(next++))
        parts.push(bytes)
        have += bytes.length
      }
      perRead = Math.max(perRead, next - first)
      const joined = new Uint8Array(have)
      let at = 0
      for (const part of parts) {
        joined.set(part, at)
        at += part.length
      }
      const chunk = joined.subarray(0, Math.min(length, have))
      pending = joined.slice(chunk.length)
      produced += chunk.length
      return chunk
    },
  }
}

describe('a large restore', () => {
  it(
    'restores a 200 MB backup holding about one read’s worth of articles at a time',
    { timeout: 600_000 },
    async () => {
      const database = freshDatabase()
      const source = generatedSource(100_000, database)
      expect(source.size).toBeGreaterThan(200 * MB)
      const { counts } = await restoreArchive(database, source)
      expect(counts.articles.added).toBe(100_000)
      expect(await database.articles.count()).toBe(100_000)
      expect(source.perRead()).toBeLessThan(5_000)
      expect(source.heldAtMost()).toBeLessThanOrEqual(2 * source.perRead())
    },
  )
})
