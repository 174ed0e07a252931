import { describe, expect, it } from 'vitest'
import { commonPaper } from './paper-name'

describe('commonPaper', () => {
  it('names the paper most articles name, the first on a tie, none when none is named', () => {
    const papers = (...names: (string | null)[]) => names.map((paper) => ({ paper }))
    expect(commonPaper(papers(null, '人民日报', '青禾日报', '人民日报'))).toBe('人民日报')
    expect(commonPaper(papers('青禾日报', ' 人民日报 '))).toBe('青禾日报')
    expect(commonPaper(papers(null, ' '))).toBeNull()
  })
})
