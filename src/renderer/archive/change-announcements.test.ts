// Change announcements reach listeners in this window and in other windows on the same archive.
import { describe, expect, it } from 'vitest'
import { openArchiveDatabase } from '../db/database'
import { announceChanges, onArticlesChanged } from './change-announcements'
import type { ArticlesChangedKind } from './change-announcements'

describe('onArticlesChanged', () => {
  it('tells local listeners at once and other windows on the same archive, not other archives', async () => {
    const name = `changes-${crypto.randomUUID()}`
    const here = openArchiveDatabase(name)
    const otherWindow = openArchiveDatabase(name)
    const otherArchive = openArchiveDatabase(`${name}-b`)
    const seen: [string, ArticlesChangedKind, string[]][] = []
    const stop = onArticlesChanged(here, (ids, kind) => seen.push(['here', kind, [...ids]]))
    onArticlesChanged(otherWindow, (ids, kind) => seen.push(['other window', kind, [...ids]]))
    onArticlesChanged(otherArchive, (ids, kind) => seen.push(['other archive', kind, [...ids]]))
    onArticlesChanged(here, () => {
      throw new Error('a failing listener stops nobody')
    })

    announceChanges(here, { added: ['a'], updated: [], deleted: ['b'] })
    expect(seen).toEqual([
      ['here', 'deleted', ['b']],
      ['here', 'added', ['a']],
    ])
    await expect.poll(() => seen.length).toBe(4)
    expect(seen.slice(2)).toEqual([
      ['other window', 'deleted', ['b']],
      ['other window', 'added', ['a']],
    ])
    stop()
    announceChanges(here, { added: [], updated: ['c'], deleted: [] })
    await expect.poll(() => seen.length).toBe(5)
    expect(seen[4]).toEqual(['other window', 'updated', ['c']])
  })
})
