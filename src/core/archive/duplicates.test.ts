import { describe, expect, it } from 'vitest'
import { resolveDuplicates } from './duplicate-decision'
import { findDuplicatePairs, groupDuplicates, pairKey } from './duplicates'
import { makeArticle, paragraphs } from './testing/articles'

// An invented story, long enough for near-duplicate rules to apply.
const story = [
  '五月六日上午，青禾县冷链物流园一期工程正式投入使用，园区新建冷库容量三千吨，可满足全县果蔬错峰销售需要。',
  '据县商务局介绍，园区采用分区温控设计，蔬菜、水果和肉类分库存放，每个库房都装有实时监测设备，数据同步上传到县里的平台。',
  '柳湾村种植户陈大姐说，往年桃子熟了只能当天卖掉，价格被压得很低，如今存进冷库，可以等到行情好的时候再出手。',
  '园区二期计划明年开工，将新建分拣中心和电商直播基地，预计带动周边两千多名村民就业。',
].join('\n')
const edited = story
  .replace('三千吨', '3000吨')
  .replace('，可满足全县果蔬错峰销售需要。', '。')
  .replaceAll('，', ',')
const summary = story.split('\n').slice(0, 2).join('\n')
const other =
  '青禾县第一小学举行春季运动会，全校八百多名学生参加了跳绳、拔河和接力赛跑等十二个项目，家长志愿者担任裁判和后勤保障。'.repeat(
    2,
  )

describe('findDuplicatePairs', () => {
  it('finds exact copies, edited copies and a summary printed on another page', () => {
    const pairs = findDuplicatePairs([
      { id: 'full', text: story, date: '2024-05-06' },
      { id: 'copy', text: story.replaceAll('\n', ' '), date: '2024-05-06' },
      { id: 'edited', text: edited, date: '2024-05-07' },
      { id: 'summary', text: summary, date: '2024-05-06' },
      { id: 'other', text: other, date: '2024-05-06' },
    ])
    const found = new Map(pairs.map((pair) => [pairKey(pair.a, pair.b), pair]))
    expect(found.get(pairKey('full', 'copy'))).toMatchObject({ exact: true, jaccard: 1 })
    expect(found.get(pairKey('full', 'edited'))?.jaccard).toBeGreaterThan(0.75)
    expect(found.get(pairKey('full', 'summary'))?.containment).toBeGreaterThan(0.9)
    expect(pairs.some((pair) => pair.a === 'other' || pair.b === 'other')).toBe(false)
  })

  it('pairs a contained text only within one issue, and far-apart dates only when equal', () => {
    const pairs = findDuplicatePairs([
      { id: 'full', text: story, date: '2024-05-06' },
      { id: 'summary-later', text: summary, date: '2024-05-09' },
      { id: 'edited-next-year', text: edited, date: '2025-05-06' },
      { id: 'copy-next-year', text: story, date: '2025-05-06' },
    ])
    expect(pairs.map((pair) => pairKey(pair.a, pair.b)).sort()).toEqual(
      [pairKey('copy-next-year', 'full'), pairKey('copy-next-year', 'edited-next-year')].sort(),
    )
  })

  it('groups a story found on three pages into one group', () => {
    const inputs = [
      { id: 'p1', text: story, date: null },
      { id: 'p2', text: edited, date: null },
      { id: 'p3', text: story, date: null },
      { id: 'x', text: other, date: null },
    ]
    const groups = groupDuplicates(inputs, findDuplicatePairs(inputs))
    expect(groups.map((group) => group.ids)).toEqual([['p1', 'p2', 'p3']])
    expect(groups[0]?.pairs).toHaveLength(3)
  })
})

describe('resolveDuplicates', () => {
  const kept = makeArticle('冷链物流园投用', paragraphs(story), { tags: ['经济'], page: null })
  const copy = makeArticle('冷链物流园投用了', paragraphs(edited), {
    tags: ['地区/青禾'],
    authors: ['林晓雨'],
    page: 5,
    importedAt: 500,
  })

  it('keeps one, deletes the rest and carries their tags over', () => {
    const change = resolveDuplicates([kept, copy], kept.id, 'keep', 7_000)
    expect(change?.before).toEqual([kept, copy])
    expect(change?.after).toEqual([
      { ...kept, tags: ['经济', '地区/青禾'], importedAt: 500, updatedAt: 7_000 },
    ])
  })

  it('merge also fills in what the kept one lacks', () => {
    const change = resolveDuplicates([kept, copy], kept.id, 'merge', 7_000)
    expect(change?.after[0]).toMatchObject({ page: 5, authors: ['林晓雨'], paper: '青禾日报' })
    expect(resolveDuplicates([kept], kept.id, 'keep', 1)).toBeNull()
    expect(resolveDuplicates([kept, copy], 'missing', 'keep', 1)).toBeNull()
  })
})
