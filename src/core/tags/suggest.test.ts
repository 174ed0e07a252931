// Invented articles with real place names: what is offered (whole attested names in the app's tag
// form) and what must not be (fragments of phrases, generic words, sources that are no people).
import { describe, expect, it } from 'vitest'
import type { ArticleBlock } from '../../shared/article'
import { peopleOf, suggestTags } from './suggest'
import type { SuggestionSource } from './suggest'
import { tagLeaves } from './suggest-name'

const prefixes = { place: '地区', organisation: '机构', person: '人物' }

function article(
  title: string,
  paragraphs: string[],
  byline: string | null = null,
  authors: string[] = [],
): SuggestionSource {
  const blocks: ArticleBlock[] = paragraphs.map((text) => ({ type: 'paragraph', text }))
  return { kicker: null, title, subtitle: null, byline, authors, imageCredits: [], blocks }
}

function tags(source: SuggestionSource, options: Parameters<typeof suggestTags>[1] = {}): string[] {
  return suggestTags(source, { prefixes, limit: 50, ...options }).map((s) => s.tag)
}

const story = article(
  '武汉江夏区新建冷链物流园',
  [
    '初夏时节，记者走进湖北省武汉市江夏区，冷链物流园的塔吊正在作业。',
    '园区由武汉市人民政府牵头建设，湖北大学的团队参与设计。国务院有关部门负责人说，这里交通便利。',
    '村民林晓雨说，家门口就能就业了。林晓雨在园区当上了仓管员。',
    '政协按照省里部署实地了解医院情况，他才赶回村里。',
  ],
  '本报记者 周泽',
  ['周泽'],
)

describe('suggestTags', () => {
  const found = tags(story)

  it('offers places of the gazetteer as paths of the tag tree', () => {
    expect(found).toEqual(
      expect.arrayContaining(['地区/湖北', '地区/湖北/武汉', '地区/湖北/武汉/江夏区']),
    )
  })

  it('offers organisations of the list and bodies of a place named whole', () => {
    expect(found).toEqual(
      expect.arrayContaining(['机构/国务院', '机构/武汉市人民政府', '机构/湖北大学']),
    )
  })

  it('offers the byline’s people and people named with a title and mentioned again', () => {
    expect(found).toEqual(expect.arrayContaining(['人物/周泽', '人物/林晓雨']))
  })

  it('offers no fragments of phrases', () => {
    const names = suggestTags(story, { prefixes, limit: 50 }).map((s) => s.name)
    for (const fragment of ['政协按照省', '实地了解医院', '才赶回村', '冷链物流园', '园区']) {
      expect(names).not.toContain(fragment)
    }
    expect(found.every((tag) => /^(?:地区|机构|人物)\//u.test(tag))).toBe(true)
  })

  it('puts the most mentioned first, the headline counting triple', () => {
    expect(suggestTags(story, { prefixes })[0]).toMatchObject({
      kind: 'place',
      name: '武汉',
      tag: '地区/湖北/武汉',
    })
  })

  it('leaves out what the article already carries', () => {
    expect(tags(story, { exclude: tagLeaves(['地区/湖北/武汉']) })).not.toContain('地区/湖北/武汉')
  })

  it('offers nothing for a text without names', () => {
    expect(suggestTags(article('今日天气', ['晴到多云，气温回升。']))).toEqual([])
  })
})

describe('places', () => {
  it('reads a short form that is also a common word as the word', () => {
    expect(tags(article('社会稳定', ['确保长治久安，大同小异。']))).toEqual([])
    expect(tags(article('山西', ['长治市推进改革。']))).toContain('地区/山西/长治')
  })

  it('reads a name shared by a province and a city as the province', () => {
    expect(tags(article('东北振兴', ['吉林推进改革。']))).toEqual(['地区/吉林'])
    expect(tags(article('东北振兴', ['吉林市推进改革。']))).toEqual(['地区/吉林/吉林'])
  })

  it('places a county several cities have by the city the article names, else not at all', () => {
    expect(tags(article('古城新貌', ['南京鼓楼区的老街焕然一新。']))).toContain(
      '地区/江苏/南京/鼓楼区',
    )
    expect(tags(article('古城新貌', ['鼓楼区的老街焕然一新。']))).toEqual([])
  })

  it('finds countries, not their names inside other words', () => {
    expect(tags(article('会谈', ['美国和日本代表会谈。']))).toEqual(['地区/美国', '地区/日本'])
    expect(tags(article('消息', ['近日本报记者走访了蒙古族牧民。']))).toEqual([])
  })

  it('joins a place and its part into one body only when they are written together', () => {
    const found = tags(
      article('抗疫', ['湖北省中西医结合医院的医生，向武汉市江汉区疾控中心作了汇报。']),
    )
    expect(found).toContain('机构/武汉市江汉区疾控中心')
    expect(found.filter((tag) => tag.startsWith('机构/')).every((tag) => tag.length < 20)).toBe(
      true,
    )
  })

  it('reads a country’s ministry as that country’s, not China’s', () => {
    const found = tags(article('战况', ['乌克兰国防部称，前线局势紧张。']))
    expect(found).toContain('机构/乌克兰国防部')
    expect(found).not.toContain('机构/国防部')
  })
})

describe('people', () => {
  it('offers no source of a news item as a person', () => {
    const item = article('联播快讯', ['央视网消息：今天天气晴。'], '央视网消息（新闻联播）：')
    expect(suggestTags(item, { prefixes }).filter((s) => s.kind === 'person')).toEqual([])
  })

  it('offers a titled name only when it is mentioned again', () => {
    const once = article('走访', ['村民林晓雨家门口有了工厂。'])
    expect(tags(once)).toEqual([])
  })

  it('prefers the authors the importer found, else names in a byline with roles', () => {
    expect(peopleOf({ authors: [' 何青 ', '何青', '陆远'], byline: '记者 别人' })).toEqual([
      '何青',
      '陆远',
    ])
    expect(peopleOf({ authors: [], byline: '本报(特约通讯员 韩松)' })).toEqual(['韩松'])
    expect(peopleOf({ authors: [], byline: null })).toEqual([])
  })
})

describe('the archive’s own tags', () => {
  it('reuses an existing tag with the same last segment', () => {
    expect(tags(story, { existingTags: ['地区/武汉'] })).toContain('地区/武汉')
    expect(tags(story, { existingTags: ['地区/武汉'] })).not.toContain('地区/湖北/武汉')
  })

  it('suggests an existing tag of the three kinds wherever its name occurs', () => {
    const text = article('调研', ['陈青禾到园区调研。'])
    expect(tags(text, { existingTags: ['人物/陈青禾', '经济'] })).toEqual(['人物/陈青禾'])
  })
})
