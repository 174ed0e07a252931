import { describe, expect, it } from 'vitest'
import { completeTag, tagChoices } from './autocomplete'

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

describe('tagChoices', () => {
  it('lists completions first, then the typed name as a new tag', () => {
    expect(tagChoices('地区／湖', usage)).toEqual([
      { kind: 'existing', name: '地区/湖北', count: 9 },
      { kind: 'existing', name: '地区/湖北/随州', count: 3 },
      { kind: 'create', name: '地区/湖' },
    ])
  })

  it('offers no new tag for a name that exists, and nothing for blank input', () => {
    expect(tagChoices(' 地区/湖北 ', usage).map((choice) => choice.kind)).toEqual([
      'existing',
      'existing',
    ])
    expect(tagChoices(' ', usage)).toEqual([])
  })

  it('offers only the new tag when nothing matches', () => {
    expect(tagChoices('体育', usage)).toEqual([{ kind: 'create', name: '体育' }])
  })
})
