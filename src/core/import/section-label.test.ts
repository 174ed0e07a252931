import { describe, expect, it } from 'vitest'
import { parseFile } from './pipeline'

const bytes = (text: string) => new TextEncoder().encode(text)

// The export form: the section line stands apart; the first story has its own kicker, headline
// and subtitle.
const page = [
  '园区经济',
  '',
  '柳塘镇果农有了“错峰卖”的底气',
  '青禾县冷链仓库投入使用',
  '——三千吨冷库向全镇果农开放租用',
  '　　本报讯（记者 沈如意）柳塘镇投资1200万元建成容量3000吨的果蔬冷链仓库，向全镇果农开放租用。',
  '',
  '石桥村闲置校舍变身共享厨房',
  '　　本报讯 石桥村把闲置的教学楼一层改造成共享厨房和老年食堂，老人每天三元就能吃上午饭。',
  '',
].join('\n')

describe('section label at the top of a page', () => {
  it('becomes the section of every article on the page, not an article of its own', () => {
    const result = parseFile({ path: 'pages/2024-03-15.txt', bytes: bytes(page) })
    if (!result.ok) throw new Error(result.error.code)
    expect(result.articles[0]?.kicker).toBe('柳塘镇果农有了“错峰卖”的底气')
    expect(result.articles.map((article) => article.title)).toEqual([
      '青禾县冷链仓库投入使用',
      '石桥村闲置校舍变身共享厨房',
    ])
    expect(result.articles.map((article) => article.section)).toEqual(['园区经济', '园区经济'])
  })

  it('gives way to a section the user set for the batch', () => {
    const result = parseFile({
      path: 'pages/2024-03-15.txt',
      bytes: bytes(page),
      meta: { section: '城乡经济' },
    })
    if (!result.ok) throw new Error(result.error.code)
    expect(result.articles[0]?.section).toBe('城乡经济')
  })

  it('leaves a one-article file alone', () => {
    const result = parseFile({ path: 'a.txt', bytes: bytes('园区经济\n') })
    if (!result.ok) throw new Error(result.error.code)
    expect(result.articles[0]?.title).toBe('园区经济')
  })
})
