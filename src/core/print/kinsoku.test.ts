import { describe, expect, it } from 'vitest'
import { kinsokuViolations } from './kinsoku'

describe('kinsokuViolations', () => {
  it('accepts lines that follow the basic rules', () => {
    expect(kinsokuViolations(['金秋时节，走进', '高新区。“过去', '一条线”'])).toEqual([])
  })

  it('finds closing punctuation at a line start and opening marks at a line end', () => {
    const lines = ['走进高新区', '，一派繁忙“', '）过去要', '。']
    expect(kinsokuViolations(lines)).toEqual([
      { line: 1, kind: 'start', char: '，' },
      { line: 1, kind: 'end', char: '“' },
      { line: 2, kind: 'start', char: '）' },
      { line: 3, kind: 'start', char: '。' },
    ])
  })

  it('ignores break hints and lets paragraphs start and end freely', () => {
    expect(kinsokuViolations(['\u200B，文字', '（'], new Set([0, 1]))).toEqual([])
    expect(kinsokuViolations(['文字\u200B“\u200B', '下文'])).toEqual([
      { line: 0, kind: 'end', char: '“' },
    ])
  })
})
