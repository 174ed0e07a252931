import { describe, expect, it } from 'vitest'
import { completeTag } from './autocomplete'

const usage = [
  { name: '地区/湖北/随州', count: 3 },
  { name: '随州高新区', count: 1 },
  { name: '地区/湖北', count: 9 },
  { name: '人物/随州籍', count: 7 },
  { name: '新随州网', count: 40 },
  { name: 'Tech', count: 2 },
]

describe('completeTag', () => {
  it('puts name prefixes first, then segment prefixes, then substrings, by use', () => {
    expect(completeTag('随州', usage).map((tag) => tag.name)).toEqual([
      '随州高新区',
      '人物/随州籍',
      '地区/湖北/随州',
      '新随州网',
    ])
  })

  it('matches a typed path and ignores case and width', () => {
    expect(completeTag('地区／湖', usage).map((tag) => tag.name)).toEqual([
      '地区/湖北',
      '地区/湖北/随州',
    ])
    expect(completeTag('ｔｅｃ', usage).map((tag) => tag.name)).toEqual(['Tech'])
  })

  it('returns nothing for blank input and honours the limit', () => {
    expect(completeTag('  ', usage)).toEqual([])
    expect(completeTag('随', usage, 2)).toHaveLength(2)
  })
})
