import { describe, expect, it } from 'vitest'
import {
  addToTagList,
  deleteFromTagList,
  planTagRename,
  removeFromTagList,
  renameInTagList,
  tagsDeletedWith,
} from './rename'

const existing = [
  { name: '地区/湖北', color: '#f00' },
  { name: '地区/湖北/随州', color: null },
  { name: '湖北', color: null },
  { name: '湖北/随州', color: '#00f' },
  { name: '经济', color: null },
]

describe('planTagRename', () => {
  it('renames a parent with its descendants and merges onto existing tags', () => {
    const result = planTagRename(existing, '地区/湖北', ' 湖北 ')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect([...result.plan.mapping]).toEqual([
      ['地区/湖北', '湖北'],
      ['地区/湖北/随州', '湖北/随州'],
    ])
    expect(result.plan.merged).toEqual(['湖北', '湖北/随州'])
    // The merged-into tag keeps its colour, or takes the renamed one's when it has none.
    expect(result.plan.records).toEqual([
      { name: '湖北', color: '#f00' },
      { name: '湖北/随州', color: '#00f' },
    ])
  })

  it('renames a parent that has no record of its own through its descendants', () => {
    const result = planTagRename(existing, '地区', '区域')
    expect(result.ok && [...result.plan.mapping.values()]).toEqual(['区域/湖北', '区域/湖北/随州'])
  })

  it('renames onto a new name without merging', () => {
    const result = planTagRename(existing, '经济', '财经／宏观')
    expect(result).toEqual({
      ok: true,
      plan: {
        mapping: new Map([['经济', '财经/宏观']]),
        merged: [],
        records: [{ name: '财经/宏观', color: null }],
      },
    })
  })

  it('refuses empty names, unknown tags and moving a tag into itself', () => {
    expect(planTagRename(existing, '经济', ' / ')).toEqual({ ok: false, error: 'invalidName' })
    expect(planTagRename(existing, '体育', '运动')).toEqual({ ok: false, error: 'unknownTag' })
    expect(planTagRename(existing, '地区', '地区/全国')).toEqual({ ok: false, error: 'intoItself' })
    expect(planTagRename(existing, '湖北', '湖北/湖北')).toEqual({ ok: false, error: 'intoItself' })
  })
})

describe('tag list edits', () => {
  const mapping = new Map([
    ['地区/湖北', '湖北'],
    ['地区/湖北/随州', '湖北/随州'],
  ])

  it('maps and de-duplicates, and reports untouched lists as null', () => {
    expect(renameInTagList(['湖北', '经济', '地区/湖北'], mapping)).toEqual(['湖北', '经济'])
    expect(renameInTagList(['经济'], mapping)).toBeNull()
  })

  it('deletes a tag with its subtree and leaves look-alikes', () => {
    expect(deleteFromTagList(['地区/湖北', '地区/湖北/随州', '地区/湖北省'], '地区/湖北')).toEqual([
      '地区/湖北省',
    ])
    expect(deleteFromTagList(['经济'], '地区')).toBeNull()
    expect(tagsDeletedWith(['地区', '地区/湖北', '地区2'], '地区')).toEqual(['地区', '地区/湖北'])
  })

  it('adds and removes exact tags', () => {
    expect(addToTagList(['a'], ['a', 'b', 'b'])).toEqual(['a', 'b'])
    expect(addToTagList(['a'], ['a'])).toBeNull()
    expect(removeFromTagList(['a', 'a/b'], ['a'])).toEqual(['a/b'])
    expect(removeFromTagList(['a'], ['c'])).toBeNull()
  })
})
