import { describe, expect, it } from 'vitest'
import {
  cleanName,
  movedArticles,
  readCollection,
  readSavedSearch,
  withArticles,
  withoutArticles,
} from './saved'

const collection = {
  id: 'c1',
  name: '乡村振兴系列',
  articleIds: ['a', 'b', 'c', 'd'],
  createdAt: 1,
  updatedAt: 1,
}

describe('saved searches and collections', () => {
  it('keeps a name on one line, trimmed, and refuses an empty one', () => {
    expect(cleanName('  乡村\n振兴  ')).toBe('乡村 振兴')
    expect(cleanName(' \t ')).toBeNull()
    expect(cleanName('长'.repeat(300))).toHaveLength(200)
  })

  it('believes a restored value only in the right shape', () => {
    const saved = {
      id: 's',
      name: '冷链',
      query: '冷链 物流',
      sort: 'newest',
      createdAt: 1,
      seenAt: 2,
    }
    expect(readSavedSearch(saved)).toEqual(saved)
    expect(readSavedSearch({ ...saved, sort: '<img>' })).toBeNull()
    expect(readSavedSearch({ ...saved, query: ' ' })).toBeNull()
    expect(readSavedSearch({ ...saved, seenAt: Number.NaN })).toBeNull()
    expect(readCollection({ ...collection, articleIds: ['a', 'a', 'b'] })?.articleIds).toEqual([
      'a',
      'b',
    ])
    expect(readCollection({ ...collection, articleIds: 'a' })).toBeNull()
    expect(readCollection({ ...collection, articleIds: [1] })).toBeNull()
  })

  it('adds at the end once, removes, and moves a selection up and down together', () => {
    expect(withArticles(collection, ['c', 'e', 'e'], 5).articleIds).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ])
    expect(withoutArticles(collection, ['b', 'x'], 5).articleIds).toEqual(['a', 'c', 'd'])
    expect(movedArticles(collection, ['c', 'd'], -1, 5).articleIds).toEqual(['a', 'c', 'd', 'b'])
    expect(movedArticles(collection, ['a'], -1, 5).articleIds).toEqual(['a', 'b', 'c', 'd'])
    expect(movedArticles(collection, ['a', 'b'], 1, 5).articleIds).toEqual(['c', 'a', 'b', 'd'])
  })
})
