import { describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../archive/testing/articles'
import localeXml from './csl/locales-zh-CN.xml?raw'
import styleXml from './csl/china-national-standard-gb-t-7714-2015-numeric.csl?raw'
import { cslItem, cslJson } from './csl-item'
import { citationText } from './formats'
import { gbt7714Entries } from './gbt7714'
import { splitName } from './names'
import { plainCitation } from './plain'
import { risFile } from './ris'

const style = { style: styleXml, locale: localeXml }

const frontPage = makeArticle('坚定信心 共克时艰', paragraphs('正文。'), {
  paper: '人民日报',
  date: '2020-05-02',
  page: 1,
  section: '要闻',
  authors: ['张三', '欧阳晓明'],
})

describe('author names', () => {
  it('splits a Chinese name after its surname, two characters for a compound one', () => {
    expect(splitName('张三')).toEqual({ family: '张', given: '三' })
    expect(splitName('林晓舟')).toEqual({ family: '林', given: '晓舟' })
    expect(splitName('欧阳修')).toEqual({ family: '欧阳', given: '修' })
    expect(splitName('司马光')).toEqual({ family: '司马', given: '光' })
    expect(splitName('诸葛亮')).toEqual({ family: '诸葛', given: '亮' })
    expect(splitName('上官婉儿')).toEqual({ family: '上官', given: '婉儿' })
    expect(splitName('澹台明月')).toEqual({ family: '澹台', given: '明月' })
  })

  it('reads a two-character name starting like a compound surname as surname + name', () => {
    expect(splitName('欧阳')).toEqual({ family: '欧', given: '阳' })
  })

  it('ignores the alignment space in a two-character byline name', () => {
    expect(splitName('林  森')).toEqual({ family: '林', given: '森' })
  })

  it('keeps a transliterated name whole and splits a Western name at its last space', () => {
    expect(splitName('阿依古丽·买买提')).toEqual({ family: '阿依古丽·买买提', given: '' })
    expect(splitName('John Smith')).toEqual({ family: 'Smith', given: 'John' })
    expect(splitName('Mary Ann  Evans')).toEqual({ family: 'Evans', given: 'Mary Ann' })
    expect(splitName('Xinhua')).toEqual({ family: 'Xinhua', given: '' })
  })
})

describe('CSL-JSON item', () => {
  it('describes the article as a newspaper article with every known field', () => {
    expect(cslItem(frontPage)).toEqual({
      id: frontPage.id,
      type: 'article-newspaper',
      title: '坚定信心 共克时艰',
      author: [
        { family: '张', given: '三' },
        { family: '欧阳', given: '晓明' },
      ],
      'container-title': '人民日报',
      issued: { 'date-parts': [[2020, 5, 2]] },
      page: '1',
      section: '要闻',
    })
  })

  it('uses the derived title for an item without a headline and leaves unknowns out', () => {
    const photo = makeArticle(null, paragraphs('春耕。'), {
      derivedTitle: '春耕',
      paper: null,
      date: null,
      page: null,
      section: null,
    })
    expect(cslItem(photo)).toEqual({ id: photo.id, type: 'article-newspaper', title: '春耕' })
  })

  it('writes a JSON array that parses back to the items', () => {
    expect(JSON.parse(cslJson([frontPage]))).toEqual([cslItem(frontPage)])
  })
})

describe('GB/T 7714-2015 by citeproc-js and the official style', () => {
  it('renders a newspaper reference as 作者. 题名[N]. 报纸名, 出版日期(版次).', () => {
    const one = makeArticle('题名', paragraphs('正文。'), {
      paper: '人民日报',
      date: '2020-05-02',
      page: 1,
      authors: ['张三'],
    })
    expect(gbt7714Entries([cslItem(one)], style)).toEqual([
      '张三. 题名[N]. 人民日报, 2020-05-02(1).',
    ])
  })

  it('lists several authors and several articles in the selection order', () => {
    const second = makeArticle('第二篇', paragraphs('正文。'), {
      paper: '人民日报',
      date: '2020-05-03',
      page: 4,
      authors: [],
    })
    expect(citationText('gbt7714', [frontPage, second], style)).toBe(
      '张三, 欧阳晓明. 坚定信心 共克时艰[N]. 人民日报, 2020-05-02(1).\n' +
        '第二篇[N]. 人民日报, 2020-05-03(4).',
    )
  })
})

describe('plain Chinese style', () => {
  it('cites as 《报名》日期第N版', () => {
    expect(plainCitation(frontPage)).toBe('《人民日报》2020年5月2日第1版')
    expect(plainCitation({ paper: null, date: null, page: null })).toBeNull()
    expect(citationText('plain', [frontPage], style)).toBe('《人民日报》2020年5月2日第1版')
  })
})

describe('RIS', () => {
  it('writes a NEWS record with the tags Zotero reads', () => {
    expect(risFile([cslItem(frontPage)]).split('\r\n')).toEqual([
      'TY  - NEWS',
      'TI  - 坚定信心 共克时艰',
      'AU  - 张, 三',
      'AU  - 欧阳, 晓明',
      'PY  - 2020',
      'DA  - 2020/05/02',
      'T2  - 人民日报',
      'SP  - 1',
      'SE  - 要闻',
      'ER  - ',
      '',
    ])
  })

  it('carries the article’s notes as N1 lines, a highlight with its words', () => {
    const note = { colour: 'yellow' as const, createdAt: 1, updatedAt: 1 }
    const noted = {
      ...frontPage,
      notes: [
        {
          ...note,
          id: 'a',
          anchor: { quote: '共克时艰', prefix: '', suffix: '', start: 0 },
          text: '核实\n出处',
        },
        { ...note, id: 'b', anchor: null, text: '整版转载' },
      ],
    }
    const lines = citationText('ris', [noted], style).split('\r\n')
    expect(lines.filter((l) => l.startsWith('N1'))).toEqual([
      'N1  - 「共克时艰」 核实 出处',
      'N1  - 整版转载',
    ])
    expect(lines.at(-2)).toBe('ER  - ')
  })

  it('keeps a value on one line', () => {
    const broken = makeArticle('上半句\n下半句', paragraphs('正文。'))
    expect(risFile([cslItem(broken)])).toContain('TI  - 上半句 下半句\r\n')
  })
})
