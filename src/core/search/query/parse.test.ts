import { describe, expect, it } from 'vitest'
import { parseDateRange } from './dates'
import { parseQuery } from './parse'
import type { QueryNode } from './types'

function parsed(query: string): QueryNode {
  const result = parseQuery(query)
  if (!result.ok) throw new Error(`${query}: ${result.error.code}`)
  return result.query
}

const text = (phrase: string, scope: 'all' | 'headline' = 'all'): QueryNode => ({
  kind: 'text',
  scope,
  phrase,
})

describe('parseQuery', () => {
  it('joins words with AND and normalises them', () => {
    expect(parsed('随州  ＫｙｃＰｒｏ')).toEqual({
      kind: 'and',
      children: [text('随州'), text('kycpro')],
    })
  })

  it('keeps a quoted phrase (ASCII or Chinese quotes) whole, its spaces dropped as in the text', () => {
    // White space never separates a match, whatever the scripts (see normalize).
    expect(parsed('"iPhone 15"')).toEqual(text('iphone15'))
    expect(parsed('“宁德 2023”')).toEqual(text('宁德2023'))
    expect(parsed('“宁德 时代”')).toEqual(text('宁德时代'))
  })

  it('reads OR and | as alternatives, binding tighter than AND', () => {
    expect(parsed('锂 高新区 OR 宁德时代')).toEqual({
      kind: 'and',
      children: [text('锂'), { kind: 'or', children: [text('高新区'), text('宁德时代')] }],
    })
    expect(parsed('a|b｜c')).toEqual({ kind: 'or', children: [text('a'), text('b'), text('c')] })
  })

  it('treats lower-case or as a word', () => {
    expect(parsed('black or white')).toEqual({
      kind: 'and',
      children: [text('black'), text('or'), text('white')],
    })
  })

  it('excludes with a leading minus, but keeps inner hyphens', () => {
    expect(parsed('锂 -电池 covid-19')).toEqual({
      kind: 'and',
      children: [text('锂'), { kind: 'not', child: text('电池') }, text('covid-19')],
    })
  })

  it('groups with parentheses', () => {
    expect(parsed('(锂 OR 钠) -电池')).toEqual({
      kind: 'and',
      children: [
        { kind: 'or', children: [text('锂'), text('钠')] },
        { kind: 'not', child: text('电池') },
      ],
    })
  })

  it('reads every field in Chinese and English', () => {
    expect(parsed('标题:高新区')).toEqual(text('高新区', 'headline'))
    expect(parsed('title:"iPhone 15"')).toEqual(text('iphone15', 'headline'))
    expect(parsed('作者:张三')).toEqual({ kind: 'meta', field: 'author', value: '张三' })
    expect(parsed('author:张三')).toEqual({ kind: 'meta', field: 'author', value: '张三' })
    expect(parsed('标签：经济')).toEqual({ kind: 'meta', field: 'tag', value: '经济' })
    expect(parsed('tag:经济')).toEqual({ kind: 'meta', field: 'tag', value: '经济' })
    expect(parsed('报纸:人民日报')).toEqual({ kind: 'meta', field: 'paper', value: '人民日报' })
    expect(parsed('paper:人民日报')).toEqual({ kind: 'meta', field: 'paper', value: '人民日报' })
    expect(parsed('栏目:要闻')).toEqual({ kind: 'meta', field: 'section', value: '要闻' })
    expect(parsed('section:要闻')).toEqual({ kind: 'meta', field: 'section', value: '要闻' })
    expect(parsed('版:3')).toEqual({ kind: 'page', page: 3 })
    expect(parsed('page:12')).toEqual({ kind: 'page', page: 12 })
    expect(parsed('日期:2023')).toEqual({ kind: 'date', from: 20230101, to: 20231231 })
    expect(parsed('date:2023-06')).toEqual({ kind: 'date', from: 20230601, to: 20230630 })
  })

  it('accepts traditional and upper-case field names', () => {
    expect(parsed('標題:隨州')).toEqual(text('随州', 'headline'))
    expect(parsed('TITLE:x')).toEqual(text('x', 'headline'))
  })

  it('keeps an unknown prefix with a colon as text', () => {
    expect(parsed('12:30')).toEqual(text('12:30'))
  })

  it('parses an empty query as matching nothing', () => {
    expect(parsed('   ')).toEqual({ kind: 'and', children: [] })
  })

  it.each([
    ['"随州 高新区', 'unclosedQuote', 0, 7],
    ['title:"随州', 'unclosedQuote', 6, 3],
    ['(锂 OR 钠', 'unclosedParen', 0, 1],
    ['锂)', 'unexpectedParen', 1, 1],
    ['()', 'emptyGroup', 0, 2],
    ['锂 OR', 'missingOperand', 2, 2],
    ['| 锂', 'missingOperand', 0, 1],
    ['锂 - 钠', 'missingOperand', 2, 1],
    ['""', 'emptyPhrase', 0, 2],
    ['作者:', 'emptyField', 0, 3],
    ['日期:2023-13', 'invalidDate', 0, 10],
    ['date:2023-02-30', 'invalidDate', 0, 15],
    ['版:三', 'invalidPage', 0, 3],
  ] as const)('explains %s as %s at its position', (query, code, position, length) => {
    const result = parseQuery(query)
    expect(result).toMatchObject({ ok: false, error: { code, position, length } })
  })

  it('names the field and value in the error parameters', () => {
    expect(parseQuery('日期:昨天')).toMatchObject({
      ok: false,
      error: { params: { value: '昨天' } },
    })
    expect(parseQuery('tag:')).toMatchObject({ ok: false, error: { params: { field: 'tag' } } })
  })
})

describe('parseDateRange', () => {
  it.each([
    ['2023', 20230101, 20231231],
    ['2024-02', 20240201, 20240229],
    ['2023-06-01', 20230601, 20230601],
    ['2023/6/1', 20230601, 20230601],
    ['2023年6月', 20230601, 20230630],
    ['2023-06-01..2023-06-30', 20230601, 20230630],
    ['2022..2023-03', 20220101, 20230331],
    ['2023..', 20230101, 99991231],
    ['..2022', 0, 20221231],
    ['>2022', 20221232, 99991231],
    ['>=2022-06', 20220601, 99991231],
    ['<2023', 0, 20230100],
    ['<=2023-06', 0, 20230630],
  ])('%s covers %i to %i', (value, from, to) => {
    expect(parseDateRange(value)).toEqual({ from, to })
  })

  it.each(['2023-00', '2023-06-31', '2024..2023', '..', 'June', '>'])('rejects %s', (value) => {
    expect(parseDateRange(value)).toBeNull()
  })
})
