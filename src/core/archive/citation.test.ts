import { describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from './testing/articles'
import { citationLine, textWithCitation } from './citation'

describe('copy with citation', () => {
  it('cites paper, date and page the way a clipping is cited', () => {
    const article = makeArticle(
      '青禾县新建冷链仓库',
      paragraphs('冷库容量三千吨。', '果农错峰销售。'),
      {
        paper: '青禾日报',
        date: '2024-03-05',
        page: 3,
        byline: '本报记者 林晓舟',
      },
    )
    expect(citationLine(article)).toBe('青禾日报 2024年3月5日 第3版')
    expect(textWithCitation(article)).toBe(
      '青禾县新建冷链仓库\n本报记者 林晓舟\n冷库容量三千吨。\n果农错峰销售。\n\n（青禾日报 2024年3月5日 第3版）',
    )
  })

  it('cites what is known and leaves the citation out when nothing is', () => {
    const undated = makeArticle('标题', paragraphs('正文。'), {
      paper: '导报',
      date: null,
      page: null,
    })
    expect(citationLine(undated)).toBe('导报')
    const unknown = makeArticle('标题', paragraphs('正文。'), {
      paper: null,
      date: null,
      page: null,
    })
    expect(citationLine(unknown)).toBeNull()
    expect(textWithCitation(unknown)).toBe('标题\n正文。')
  })
})
