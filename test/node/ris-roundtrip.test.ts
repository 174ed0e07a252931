// The RIS export read back by an independent RIS parser (citation-js's RIS plugin, which follows
// the RIS spec's type-specific tag tables), field by field: what a reference manager will see.
import { plugins } from '@citation-js/core'
import '@citation-js/plugin-ris'
import { describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../src/core/archive/testing/articles'
import { cslItem } from '../../src/core/citation/csl-item'
import { risFile } from '../../src/core/citation/ris'

const articles = [
  makeArticle('坚定信心 共克时艰', paragraphs('正文。'), {
    paper: '人民日报',
    date: '2020-05-02',
    page: 1,
    section: '要闻',
    authors: ['张三', '欧阳晓明'],
  }),
  makeArticle('Spring ploughing begins', paragraphs('Text.'), {
    paper: 'China Daily',
    date: '2021-11-30',
    page: 12,
    section: 'Business',
    authors: ['John Smith'],
  }),
]

describe('RIS export read back by a RIS parser', () => {
  const records = plugins.input.chain(risFile(articles.map(cslItem)), { generateGraph: false })

  it('finds one record per article, each a newspaper article', () => {
    expect(records).toHaveLength(2)
    expect(records.map((record) => record['type'])).toEqual([
      'article-newspaper',
      'article-newspaper',
    ])
  })

  it('reads title, paper, page and section back unchanged', () => {
    expect(records[0]).toMatchObject({
      title: '坚定信心 共克时艰',
      'container-title': '人民日报',
      page: '1',
      section: '要闻',
    })
    expect(records[1]).toMatchObject({
      title: 'Spring ploughing begins',
      'container-title': 'China Daily',
      page: '12',
      section: 'Business',
    })
  })

  it('reads the authors as family, given in order', () => {
    // The RIS spec names a NEWS record's AU the reporter; the parser keeps the name as written,
    // a lone one as a string rather than a list.
    const reporters = records.map((record) => [record['reporter']].flat())
    expect(reporters).toEqual([['张, 三', '欧阳, 晓明'], ['Smith, John']])
  })

  it('reads the publication year', () => {
    expect(records.map((record) => record['issued'])).toEqual([
      { 'date-parts': [[2020]] },
      { 'date-parts': [[2021]] },
    ])
  })
})
