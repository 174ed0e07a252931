import { describe, expect, it } from 'vitest'
import { searchMessages } from '../../shared/locales/search'
import type { QueryErrorCode } from './query/types'
import { highlightFields, highlightRanges, snippet } from './highlight'

const cut = (text: string, ranges: { start: number; end: number }[]): string[] =>
  ranges.map((r) => text.slice(r.start, r.end))

describe('highlights', () => {
  it('marks the original characters, whatever their width or script', () => {
    const text = '２０２３年，隨州高新區發佈消息'
    expect(cut(text, highlightRanges(text, ['2023年', '随州高新区']))).toEqual([
      '２０２３年',
      '隨州高新區',
    ])
  })

  it('merges overlapping hits', () => {
    expect(highlightRanges('哈哈哈。哈', ['哈哈'])).toEqual([{ start: 0, end: 3 }])
  })

  it('marks a phrase across a line break or spaces inside a Chinese sentence', () => {
    const text = '会上，习近平\n总书记指出，习近平 总书记强调'
    expect(cut(text, highlightRanges(text, ['习近平总书记']))).toEqual([
      '习近平\n总书记',
      '习近平 总书记',
    ])
    const source = { title: '习近平 总书记考察', body: '习近平总书记\n指出' }
    const fields = highlightFields(source, '"习近平 总书记"')
    expect(cut(source.title, fields.title)).toEqual(['习近平 总书记'])
    expect(cut(source.body, fields.body)).toEqual(['习近平总书记'])
  })

  it('highlights fields for a query, title-only phrases only in the headline', () => {
    const source = { title: '高新区招商', body: '随州高新区，招商引资。' }
    const fields = highlightFields(source, '标题:招商 高新区 -随州')
    expect(cut(source.title, fields.title)).toEqual(['高新区招商'])
    expect(cut(source.body, fields.body)).toEqual(['高新区'])
  })

  it('cuts a snippet around the first hit with ranges relative to it', () => {
    const text = `${'前'.repeat(100)}高新区${'后'.repeat(100)}`
    const excerpt = snippet(text, highlightRanges(text, ['高新区']), 30)
    expect(excerpt.end - excerpt.start).toBe(30)
    const piece = text.slice(excerpt.start, excerpt.end)
    expect(excerpt.ranges.map((r) => piece.slice(r.start, r.end))).toEqual(['高新区'])
  })
})

describe('search messages', () => {
  it('have a message for every query error in both languages', () => {
    const codes: Record<QueryErrorCode, true> = {
      unclosedQuote: true,
      unclosedParen: true,
      unexpectedParen: true,
      emptyGroup: true,
      missingOperand: true,
      emptyPhrase: true,
      emptyField: true,
      invalidDate: true,
      invalidPage: true,
    }
    const expected = Object.keys(codes).sort()
    expect(Object.keys(searchMessages['zh-CN'].errors).sort()).toEqual(expected)
  })
})
