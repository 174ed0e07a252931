// Invented articles: suggested places, organisations and people, and what must not be offered.
import { describe, expect, it } from 'vitest'
import type { ArticleBlock } from '../../shared/article'
import { peopleOf, suggestTags } from './suggest'
import type { SuggestionSource } from './suggest'
import { suggestionTagName, tagLeaves } from './suggest-name'

function article(
  title: string,
  paragraphs: string[],
  byline: string | null = null,
): SuggestionSource {
  const blocks: ArticleBlock[] = paragraphs.map((text) => ({ type: 'paragraph', text }))
  return { kicker: null, title, subtitle: null, byline, authors: [], imageCredits: [], blocks }
}

const story = article(
  '青禾高新区新建冷链物流园',
  [
    '初夏时节,记者走进青禾高新区,冷链物流园的塔吊正在作业。',
    '园区由江北冷链集团投资建设,总投资12亿元。江北冷链集团负责人说,选择青禾高新区是看中了交通。',
    '项目所在的柳湾村,村民在家门口就业。位于白沙镇的配套仓库也已动工。',
    '青禾市商务局有关负责人介绍,该局将为企业提供全程代办服务,全市已有三家企业入驻。',
    '据了解,南州农业科技有限公司也与青禾高新区签约,城市配送网络将覆盖全省。',
  ],
  '本报记者 林晓雨 通讯员 周泽',
)

describe('suggestTags', () => {
  const names = suggestTags(story, { limit: 50 }).map((s) => `${s.kind}:${s.name}`)

  it('finds places with their category word, from the text itself', () => {
    expect(names).toEqual(
      expect.arrayContaining(['place:青禾高新区', 'place:柳湾村', 'place:白沙镇']),
    )
  })

  it('finds organisations, cutting the verbs and particles before them', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'organisation:江北冷链集团',
        'organisation:青禾市商务局',
        'organisation:南州农业科技有限公司',
      ]),
    )
  })

  it('offers the people of the byline', () => {
    expect(names).toEqual(expect.arrayContaining(['person:林晓雨', 'person:周泽']))
  })

  it('offers no generic words or phrases with a function word in front', () => {
    const offered = suggestTags(story, { limit: 50 }).map((s) => s.name)
    for (const junk of ['园区', '城市', '全市', '全省', '该局', '走进青禾高新区', '所在的柳湾村']) {
      expect(offered).not.toContain(junk)
    }
    expect(offered.every((name) => !/^[的在和与]/u.test(name))).toBe(true)
  })

  it('puts the most mentioned first, the headline counting triple', () => {
    expect(suggestTags(story)[0]).toEqual({ kind: 'place', name: '青禾高新区', mentions: 6 })
  })

  it('leaves out what the article already carries', () => {
    const exclude = tagLeaves(['地区/青禾高新区'])
    expect(suggestTags(story, { exclude }).map((s) => s.name)).not.toContain('青禾高新区')
  })

  it('offers no descriptions or words that merely end like a name', () => {
    const text = article('会议消息', [
      '当地政府表示,要防止地区紧张局势升级,并在全县开展县域商业体系建设。',
      '新建的大型居住区已有居民入住,城市面貌焕然一新。',
    ])
    expect(suggestTags(text, { limit: 50 }).map((s) => s.name)).toEqual([])
  })

  it('offers nothing for a text without names', () => {
    expect(suggestTags(article('今日天气', ['晴到多云,气温回升。']))).toEqual([])
  })
})

describe('peopleOf', () => {
  it('prefers the authors the importer found', () => {
    expect(peopleOf({ authors: [' 何青 ', '何青', '陆远'], byline: '记者 别人' })).toEqual([
      '何青',
      '陆远',
    ])
  })

  it('reads names out of a byline with roles and brackets', () => {
    expect(peopleOf({ authors: [], byline: '本报(特约通讯员 韩松)' })).toEqual(['韩松'])
    expect(peopleOf({ authors: [], byline: '► 方圆 邓一鸣' })).toEqual(['方圆', '邓一鸣'])
    expect(peopleOf({ authors: [], byline: null })).toEqual([])
  })
})

describe('suggestionTagName', () => {
  const prefixes = { place: '地区', organisation: '机构' }

  it('reuses an existing tag with the same last segment', () => {
    const existing = ['地区/湖北/青禾高新区', '经济']
    expect(suggestionTagName({ kind: 'place', name: '青禾高新区' }, prefixes, existing)).toBe(
      '地区/湖北/青禾高新区',
    )
  })

  it('puts a new name under the prefix of its kind, or alone without one', () => {
    expect(suggestionTagName({ kind: 'organisation', name: '江北冷链集团' }, prefixes, [])).toBe(
      '机构/江北冷链集团',
    )
    expect(suggestionTagName({ kind: 'person', name: '林晓雨' }, prefixes, [])).toBe('林晓雨')
  })
})
