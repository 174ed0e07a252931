import { describe, expect, it } from 'vitest'
import type { BackupRecord } from '../archive/backup-format'
import { canonicalJson } from '../../shared/hash'
import { pendingDocIds } from './pending'

const tag = (name: string, color: string | null): BackupRecord => ({
  type: 'tag',
  value: { name, color, createdAt: 1, updatedAt: 1 },
})

describe('what this laptop has to send', () => {
  it('finds edited, new and deleted articles from their versions alone', () => {
    const pending = pendingDocIds({
      articles: new Map([
        ['same', 10],
        ['edited', 12],
        ['new', 5],
      ]),
      entryVersions: new Map([
        ['article:same', 10],
        ['article:edited', 11],
        ['article:deleted', 7],
      ]),
      flagged: [],
      small: [],
    })
    expect(pending.sort()).toEqual(['article:deleted', 'article:edited', 'article:new'])
  })

  it('sends a merge flagged pending first, once, and tags that differ from the shared version', () => {
    const pending = pendingDocIds({
      articles: new Map([['merged', 3]]),
      entryVersions: new Map([['article:merged', 2]]),
      flagged: ['article:merged'],
      small: [
        { id: 'tag:a', record: tag('a', null), entry: { base: tag('a', null) } },
        { id: 'tag:b', record: tag('b', '#c03030'), entry: { base: tag('b', null) } },
        { id: 'tag:c', record: tag('c', null) },
        { id: 'tag:d', record: null, entry: { base: tag('d', null) } },
        { id: 'tag:e', record: null, entry: { base: null } },
      ],
    })
    expect(pending).toEqual(['article:merged', 'tag:b', 'tag:c', 'tag:d'])
  })

  it('compares records whatever order their keys were read in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { e: 0, f: 1 }] }, b: 1 }),
    )
  })
})
