import { describe, expect, it } from 'vitest'
import {
  isSameOrDescendant,
  normalizeTagList,
  normalizeTagName,
  reparentTagName,
  tagLeaf,
  tagWithAncestors,
} from './name'
import { compareTagNames } from './order'

describe('normalizeTagName', () => {
  it('trims, collapses spaces, folds full-width slashes and drops empty segments', () => {
    expect(normalizeTagName('  地区 ／湖北//  随州 ')).toBe('地区/湖北/随州')
    expect(normalizeTagName('人物/ 王  小明\u3000')).toBe('人物/王 小明')
    expect(normalizeTagName('/经济/')).toBe('经济')
  })

  it('rejects names with nothing in them', () => {
    expect(normalizeTagName(' / ／ ')).toBeNull()
    expect(normalizeTagName('\u200b')).toBeNull()
    expect(normalizeTagName('长'.repeat(201))).toBeNull()
  })

  it('keeps one copy of each name in a list', () => {
    expect(normalizeTagList(['经济', ' 经济 ', '地区／湖北', ''])).toEqual(['经济', '地区/湖北'])
  })
})

describe('hierarchy helpers', () => {
  it('names ancestors and leaves', () => {
    expect(tagWithAncestors('地区/湖北/随州')).toEqual(['地区', '地区/湖北', '地区/湖北/随州'])
    expect(tagLeaf('地区/湖北/随州')).toBe('随州')
    expect(tagLeaf('经济')).toBe('经济')
  })

  it('tells a descendant from a tag that merely shares a prefix', () => {
    expect(isSameOrDescendant('地区/湖北/随州', '地区/湖北')).toBe(true)
    expect(isSameOrDescendant('地区/湖北省', '地区/湖北')).toBe(false)
    expect(reparentTagName('地区/湖北/随州', '地区/湖北', '湖北')).toBe('湖北/随州')
    expect(reparentTagName('地区/湖南', '地区/湖北', '湖北')).toBeNull()
  })
})

describe('pinyin order', () => {
  it('sorts the way Chinese users expect, numbers by value', () => {
    expect(['张', '重庆', '阿里', '北京', '第10版', '第2版'].sort(compareTagNames)).toEqual([
      '阿里',
      '北京',
      '重庆',
      '第2版',
      '第10版',
      '张',
    ])
  })
})
