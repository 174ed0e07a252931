import { describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../archive/testing/articles'
import { searchMessages } from '../../shared/locales/search'
import { bodyText } from '../../shared/article'
import { searchDocFromArticle } from './doc'
import { SearchEngine } from './engine'
import { parseQuery } from './query/parse'
import type { QueryErrorCode } from './query/types'
import {
  articleMarks,
  highlightRanges,
  markedPhrases,
  resultMarks,
  snippet,
  type MarkedPhrases,
  type Range,
} from './highlight'

const cut = (text: string, ranges: readonly Range[]): string[] =>
  ranges.map((r) => text.slice(r.start, r.end))

function phrasesOf(query: string): MarkedPhrases {
  const parsed = parseQuery(query)
  if (!parsed.ok) throw new Error(query)
  return markedPhrases(parsed.query)
}

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
    const marks = resultMarks(source, phrasesOf('"习近平 总书记"'))
    expect(cut(source.title, marks.title)).toEqual(['习近平 总书记'])
    expect(cut(marks.snippet.text, marks.snippet.ranges)).toEqual(['习近平总书记'])
  })

  it('cuts a snippet around the first hit, with ranges relative to it', () => {
    const text = `${'前'.repeat(100)}高新区${'后'.repeat(100)}`
    const excerpt = snippet(text, highlightRanges(text, ['高新区']), 30)
    expect(excerpt.text).toHaveLength(30)
    expect(cut(excerpt.text, excerpt.ranges)).toEqual(['高新区'])
    expect([excerpt.cutStart, excerpt.cutEnd]).toEqual([true, true])
    expect(snippet('短文', [], 30)).toEqual({
      text: '短文',
      ranges: [],
      cutStart: false,
      cutEnd: false,
    })
  })

  it('never cuts a character outside the BMP in half at a snippet edge', () => {
    const text = `${'𠀀'.repeat(40)}高新区${'𠀀'.repeat(40)}`
    for (const width of [29, 30, 31]) {
      const excerpt = snippet(text, highlightRanges(text, ['高新区']), width)
      // A lone surrogate at either end would be replaced by U+FFFD in a round trip.
      expect(new TextDecoder().decode(new TextEncoder().encode(excerpt.text))).toBe(excerpt.text)
    }
  })
})

describe('result marks', () => {
  it('mark the headline and a snippet of the original body for a traditional query', () => {
    const source = {
      kicker: '聚焦',
      title: '习近平总书记考察随州',
      body: `${'开头。'.repeat(30)}会上，习近平\n总书记指出，要发展。`,
    }
    const marks = resultMarks(source, phrasesOf('習近平'))
    expect(cut(source.title, marks.title)).toEqual(['习近平'])
    expect(marks.kicker).toEqual([])
    expect(marks.snippet.cutStart).toBe(true)
    expect(source.body).toContain(marks.snippet.text)
    expect(cut(marks.snippet.text, marks.snippet.ranges)).toEqual(['习近平'])
    const across = resultMarks(source, phrasesOf('习近平总书记'))
    expect(cut(across.snippet.text, across.snippet.ranges)).toEqual(['习近平\n总书记'])
  })

  it('light up title-only phrases in the headline only, and never excluded ones', () => {
    const source = { title: '高新区招商', body: '随州高新区，招商引资。' }
    const marks = resultMarks(source, phrasesOf('标题:招商 高新区 -随州'))
    expect(cut(source.title, marks.title)).toEqual(['高新区招商'])
    expect(cut(marks.snippet.text, marks.snippet.ranges)).toEqual(['高新区'])
  })

  it('open the snippet at the start of the body when only the headline matched', () => {
    const source = { title: '冷库投用', body: '柳塘镇今年建成仓库。' }
    const marks = resultMarks(source, phrasesOf('冷库'))
    expect(marks.snippet).toEqual({
      text: '柳塘镇今年建成仓库。',
      ranges: [],
      cutStart: false,
      cutEnd: false,
    })
  })
})

describe('article marks', () => {
  it('number every hit in reading order, a hit across a paragraph end drawn in two pieces', () => {
    const article = makeArticle(
      '习近平总书记考察',
      paragraphs('会上，习近平', '总书记指出，习近平总书记强调', '结尾。'),
    )
    const marks = articleMarks(article, phrasesOf('"习近平 总书记"'))
    expect(marks.hits).toBe(3)
    expect(marks.title).toEqual([{ start: 0, end: 6, hit: 0 }])
    const [first, second, third] = marks.blocks
    expect(first).toEqual([{ start: 3, end: 6, hit: 1 }])
    expect(second).toEqual([
      { start: 0, end: 3, hit: 1 },
      { start: 6, end: 12, hit: 2 },
    ])
    expect(third).toEqual([])
  })

  it('mark sub-headings and paragraphs alike, and nothing for a query of fields only', () => {
    const article = makeArticle('冷库', [
      { type: 'subhead', text: '冷鏈倉庫' },
      { type: 'paragraph', text: '冷链仓库容量三千吨。' },
    ])
    const marks = articleMarks(article, phrasesOf('冷链'))
    expect(marks.blocks.map((ranges, i) => cut(article.blocks[i]?.text ?? '', ranges))).toEqual([
      ['冷鏈'],
      ['冷链'],
    ])
    expect(articleMarks(article, phrasesOf('作者:林晓雨 日期:2024')).hits).toBe(0)
  })
})

describe('marks and the engine', () => {
  const articles = [
    makeArticle('随州高新区招商', paragraphs('隨州高新區今年引进项目。', '高新区企业增多。')),
    makeArticle('习近平总书记考察', paragraphs('会上，习近平', '总书记指出。')),
    makeArticle(null, paragraphs('全市５Ｇ基站超过一千个，', '2023年以来增速加快。')),
    makeArticle('乡村振兴', paragraphs('高新区之外，乡村也在发展。', '發展是硬道理。')),
    makeArticle('会议报道', paragraphs('讨论了 iPhone 15 与ＫｙｃＰｒｏ的合作。')),
  ]
  const engine = new SearchEngine()
  for (const article of articles) engine.add(searchDocFromArticle(article))
  /** Queries of phrases only, where an article is found exactly when one of them occurs. */
  const alternatives = [
    '高新区',
    '隨州',
    '习近平总书记',
    '5g基站',
    '个2023',
    '发展',
    'kycpro',
    'iphone 15',
    '标题:高新区',
    '招商 OR 振兴',
  ]

  function markedArticles(query: string): string[] {
    const phrases = phrasesOf(query)
    return articles
      .filter((article) => {
        const row = resultMarks({ ...article, body: bodyText(article) }, phrases, 1000)
        const reader = articleMarks(article, phrases)
        const inRow = row.title.length + row.kicker.length + row.snippet.ranges.length
        expect(inRow > 0, query).toBe(reader.hits > 0)
        return reader.hits > 0
      })
      .map((article) => article.id)
      .sort()
  }

  const found = (query: string): string[] => {
    const result = engine.search(query)
    if (!result.ok) throw new Error(query)
    return [...result.ids].sort()
  }

  it('mark something in exactly the articles the engine finds, in the fields it searched', () => {
    for (const query of alternatives) expect(markedArticles(query), query).toEqual(found(query))
  })

  it('mark every article found, and never what the query excludes', () => {
    const hits = found('高新区 -随州')
    expect(hits).toHaveLength(1)
    expect(markedArticles('高新区 -随州')).toEqual(expect.arrayContaining(hits))
    const other = articles.find((article) => article.id === hits[0])
    if (other === undefined) throw new Error('fixture')
    const marks = articleMarks(other, phrasesOf('高新区 -随州'))
    const texts = marks.blocks.flatMap((ranges, i) => cut(other.blocks[i]?.text ?? '', ranges))
    expect(texts).toEqual(['高新区'])
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
