// Change announcements reach listeners in this window and in other windows on the same archive.
import { describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import type { Article } from '../../shared/article'
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

  it('hands this window the articles as written when the writer has them, never other windows', async () => {
    const name = `changes-${crypto.randomUUID()}`
    const here = openArchiveDatabase(name)
    const otherWindow = openArchiveDatabase(name)
    const heard: [string, ArticlesChangedKind, string[] | null][] = []
    const titles = (written?: readonly Article[]) => written?.map((a) => a.title ?? '') ?? null
    onArticlesChanged(here, (_ids, kind, written) => heard.push(['here', kind, titles(written)]))
    onArticlesChanged(otherWindow, (_ids, kind, written) =>
      heard.push(['other window', kind, titles(written)]),
    )
    const cold = makeArticle('冷库', paragraphs('冷库容量三千吨。'))
    const tea = makeArticle('茶园', paragraphs('合作社统一流转茶园。'))
    announceChanges(here, {
      added: [cold.id],
      updated: [tea.id],
      deleted: ['x'],
      written: [cold, tea],
    })
    // Written articles missing one of the ids: read back instead.
    announceChanges(here, { added: [cold.id, 'y'], updated: [], deleted: [], written: [cold] })
    expect(heard).toEqual([
      ['here', 'deleted', null],
      ['here', 'added', ['冷库']],
      ['here', 'updated', ['茶园']],
      ['here', 'added', null],
    ])
    await expect.poll(() => heard.length).toBe(8)
    expect(
      heard.slice(4).every(([where, , written]) => where === 'other window' && written === null),
    ).toBe(true)
  })
})
