import { describe, expect, it } from 'vitest'
import { compareChinese } from './collation'
import { sortKey } from './sort-key'

const byKey = (a: string, b: string) => {
  const [x, y] = [sortKey(a), sortKey(b)]
  return x < y ? -1 : x > y ? 1 : 0
}

describe('sortKey', () => {
  it('orders headlines as the zh collation does: pinyin, numbers by value', () => {
    const headlines = [
      '阿里巴巴发布财报',
      '北京城市副中心建设提速',
      '第10版 经济新闻',
      '第2版 要闻',
      '“十四五”规划纲要发布',
      '2026年政府工作报告',
      '5G基站突破300万个',
      '长江经济带发展座谈会',
      '粤港澳大湾区建设',
      'APEC会议在京召开',
      '乡村振兴：青禾县的新路',
      '乡村振兴——青禾县的新路',
      '厦门马拉松',
      '习近平主持召开会议',
      '《人民日报》创刊纪念',
      '银行业保险业数据',
      '行业观察',
      '２０２５年回顾',
    ]
    expect([...headlines].sort(byKey)).toEqual([...headlines].sort(compareChinese))
  })

  it('reads a character one way: 重 as zhòng even in 重庆, which the collation knows as a word', () => {
    expect(byKey('重庆火锅节开幕', '郑州')).toBe(1)
  })

  it('puts characters outside the table after those in it, and keeps keys below surrogates', () => {
    expect(byKey('𠀀字', '龟')).toBe(1)
    for (const char of sortKey('新闻档案 News 2026'))
      expect(char.charCodeAt(0)).toBeLessThan(0xd800)
  })
})
