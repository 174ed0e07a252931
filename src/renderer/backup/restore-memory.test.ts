// A 200 MB backup restored in real IndexedDB with flat memory: the file is generated as the
// restore reads it (never whole, here or in the restore), and the page's JS heap is sampled
// every eighth read, after a garbage collection. Holding the file, or all its records, would need several
// times the limit.
import { describe, expect, it } from 'vitest'
import { endLine, headerLine, recordLine } from '../../core/archive/backup-format'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { freshDatabase } from '../archive/testing'
import { restoreArchive } from './backup-restore'
import type { BackupSource } from './backup-restore'

const MB = 2 ** 20
const paragraph =
  '青禾县冷链物流园一期工程正式投入使用，园区新建冷库容量三千吨，可满足全县果蔬错峰销售需要。'

/** A backup of `count` articles whose bytes are made on demand, front to back. */
function generatedSource(count: number): BackupSource & { heapPeak: () => number } {
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
  let peak = 0
  // What the page holds: garbage collected first (the browser project exposes gc), then measured.
  const heap = () => {
    ;(globalThis as unknown as { gc: () => void }).gc()
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize
  }
  let reads = 0
  return {
    name: 'generated.newsroom-backup.jsonl',
    size: total,
    heapPeak: () => peak,
    read: (offset, length) => {
      if (reads % 8 === 7) peak = Math.max(peak, heap())
      reads++
      if (offset !== produced) throw new Error('The restore is expected to read front to back.')
      const parts: Uint8Array[] = [pending]
      let have = pending.length
      while (have < length && next <= count + 1) {
        const bytes = encoder.encode(line(next++))
        parts.push(bytes)
        have += bytes.length
      }
      const joined = new Uint8Array(have)
      let at = 0
      for (const part of parts) {
        joined.set(part, at)
        at += part.length
      }
      const chunk = joined.subarray(0, Math.min(length, have))
      pending = joined.slice(chunk.length)
      produced += chunk.length
      return Promise.resolve(chunk)
    },
  }
}

describe('a large restore', () => {
  it('restores a 200 MB backup with the page’s memory flat', { timeout: 600_000 }, async () => {
    const source = generatedSource(100_000)
    expect(source.size).toBeGreaterThan(200 * MB)
    const database = freshDatabase()
    const { counts } = await restoreArchive(database, source)
    expect(counts.articles.added).toBe(100_000)
    expect(await database.articles.count()).toBe(100_000)
    // The file alone, held as a string, would be over 130 MB of heap.
    expect(source.heapPeak()).toBeGreaterThan(0)
    expect(source.heapPeak()).toBeLessThan(96 * MB)
  })
})
