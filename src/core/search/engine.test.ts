import { describe, expect, it } from 'vitest'
import type { SearchDoc } from './doc'
import { SearchEngine, type SearchOptions } from './engine'

const docs: SearchDoc[] = [
  {
    id: 'a',
    title: '随州高新区招商',
    body: '随州高新区今年引进项目。\n高新区企业增多。',
    date: '2023-06-01',
    tags: ['经济'],
    authors: ['张三'],
    paper: '随州日报',
    section: '要闻',
    page: 1,
  },
  {
    id: 'b',
    title: '锂电池产业',
    body: '六氟磷酸锂价格上涨，KycPro 公司参会。随州高新区也有企业。',
    date: '2024-01-15',
    tags: ['经济', '产业'],
    authors: ['李四'],
    paper: '湖北日报',
    section: '经济',
    page: 3,
  },
  {
    id: 'c',
    kicker: '聚焦',
    title: '5G 基站',
    subtitle: '2023年建成',
    body: '全市5G基站超过一千个。23年以来增速加快。',
    date: '2022-11-30',
    tags: ['科技'],
    authors: ['张三'],
    paper: '随州日报',
    section: '科技',
    page: 2,
  },
  {
    id: 'd',
    title: '乡村振兴',
    body: '高新区之外，乡村也在发展。發展是硬道理。',
    date: null,
    tags: [],
    authors: [],
  },
  {
    id: 'e',
    title: '会议报道',
    body: '与会者讨论了iPhone 15与ＫｙｃＰｒｏ的合作。高新区高新区高新区。',
    date: '2024-03-02',
    tags: ['科技'],
    paper: '湖北日报',
    page: 3,
  },
]

function engineWith(list: SearchDoc[], shardSize = 2): SearchEngine {
  const engine = new SearchEngine({ shardSize })
  engine.addMany(list)
  return engine
}

function ids(engine: SearchEngine, query: string, options: SearchOptions = {}): string[] {
  const result = engine.search(query, options)
  if (!result.ok) throw new Error(result.error.code)
  return result.ids
}

const sorted = (list: string[]): string[] => [...list].sort()

describe('SearchEngine', () => {
  const engine = engineWith(docs)

  it('finds single characters, digits, Latin inside words, and mixed tokens', () => {
    expect(sorted(ids(engine, '锂'))).toEqual(['b'])
    expect(sorted(ids(engine, '5G'))).toEqual(['c'])
    expect(sorted(ids(engine, '2023年'))).toEqual(['c'])
    expect(sorted(ids(engine, '23年'))).toEqual(['c'])
    expect(sorted(ids(engine, 'kycpro'))).toEqual(['b', 'e'])
    expect(sorted(ids(engine, 'Pro'))).toEqual(['b', 'e'])
  })

  it('only returns documents that contain the whole phrase', () => {
    // Every gram of 磷酸锂价格下跌 is absent or scattered: candidates are verified away.
    expect(sorted(ids(engine, '高新区'))).toEqual(['a', 'b', 'd', 'e'])
    expect(ids(engine, '随州高新')).toHaveLength(2)
    expect(ids(engine, '新区企业增多')).toEqual(['a'])
    expect(ids(engine, '"iphone 15"')).toEqual(['e'])
    expect(ids(engine, '"iphone  15与"')).toEqual(['e'])
    expect(ids(engine, '磷酸锂价格下跌')).toEqual([])
  })

  it('matches traditional queries and full-width text', () => {
    expect(sorted(ids(engine, '隨州高新區'))).toEqual(['a', 'b'])
    expect(ids(engine, '发展是硬道理')).toEqual(['d'])
  })

  it('ranks headline hits first, then more occurrences, then newer', () => {
    // a and e both have it 3 times in text, but a also has it in the headline.
    expect(ids(engine, '高新区')).toEqual(['a', 'e', 'b', 'd'])
    // Same count and no headline hit: newer first.
    expect(ids(engine, '企业')).toEqual(['b', 'a'])
  })

  it('sorts by date when asked, unknown dates last', () => {
    expect(ids(engine, '高新区', { sort: 'newest' })).toEqual(['e', 'b', 'a', 'd'])
    expect(ids(engine, '高新区', { sort: 'oldest' })).toEqual(['a', 'b', 'e', 'd'])
  })

  it('counts the facets of the whole index, without deleted articles', () => {
    const all = new SearchEngine({ shardSize: 2 })
    all.addMany([
      {
        id: 'x',
        title: '一',
        body: '甲',
        paper: '青禾日报',
        date: '2024-03-15',
        tags: ['地区/青禾'],
      },
      { id: 'y', title: '二', body: '乙', paper: '青禾日报', date: '2023-01-02' },
      { id: 'z', title: '三', body: '丙', paper: '导报', date: '2023-05-06' },
    ])
    all.remove('x')
    const facets = all.facetsOfAll()
    expect(facets.papers).toEqual([
      { value: '导报', count: 1 },
      { value: '青禾日报', count: 1 },
    ])
    expect(facets.years).toEqual([{ value: '2023', count: 2 }])
    expect(facets.tags).toEqual([])
  })

  it('takes a tag with every tag below it, not tags that merely start alike', () => {
    const tagged = new SearchEngine()
    const doc = (id: string, tags: string[]) => ({ id, title: '随州', body: '高新区', tags })
    tagged.addMany([
      doc('city', ['地区/湖北/随州']),
      doc('province', ['地区/湖北']),
      doc('other', ['地区/湖北省']),
      doc('none', []),
    ])
    expect(sorted(ids(tagged, '标签:地区/湖北'))).toEqual(['city', 'province'])
    expect(sorted(ids(tagged, 'tag:地区'))).toEqual(['city', 'other', 'province'])
    expect(ids(tagged, '标签:地区/湖北/随州')).toEqual(['city'])
  })

  it('retags an indexed article in place: found by its new tags, no longer by the old', () => {
    const tagged = new SearchEngine({ shardSize: 2 })
    const doc = (id: string, tags: string[]) => ({ id, title: '随州', body: '高新区', tags })
    tagged.addMany([doc('sealed', ['经济']), doc('other', []), doc('live', ['经济'])])
    tagged.flush()
    expect(tagged.retag('sealed', ['民生'], 7)).toBe(true)
    expect(tagged.retag('live', [], 8)).toBe(true)
    expect(tagged.retag('missing', ['民生'], 9)).toBe(false)
    expect(ids(tagged, '标签:民生 高新区')).toEqual(['sealed'])
    expect(ids(tagged, '标签:经济')).toEqual([])
    expect([tagged.versionOf('sealed'), tagged.versionOf('live')]).toEqual([7, 8])
    expect(tagged.facetsOfAll().tags).toEqual([{ value: '民生', count: 1 }])
    expect(tagged.has('missing')).toBe(false)
  })

  it('combines AND, OR, exclusion and fields', () => {
    expect(sorted(ids(engine, '高新区 随州'))).toEqual(['a', 'b'])
    expect(sorted(ids(engine, '锂 OR 5G'))).toEqual(['b', 'c'])
    expect(sorted(ids(engine, '高新区 -随州'))).toEqual(['d', 'e'])
    expect(sorted(ids(engine, '标题:高新区'))).toEqual(['a'])
    expect(sorted(ids(engine, 'title:2023年'))).toEqual(['c'])
    expect(sorted(ids(engine, '作者:张三'))).toEqual(['a', 'c'])
    expect(sorted(ids(engine, 'tag:经济 高新区'))).toEqual(['a', 'b'])
    expect(sorted(ids(engine, '作者:张'))).toEqual([])
    expect(sorted(ids(engine, '报纸:湖北'))).toEqual(['b', 'e'])
    expect(sorted(ids(engine, '栏目:科技'))).toEqual(['c'])
    expect(sorted(ids(engine, '版:3'))).toEqual(['b', 'e'])
    expect(sorted(ids(engine, '日期:2024'))).toEqual(['b', 'e'])
    expect(sorted(ids(engine, 'date:2023-06-01..2024-01-31'))).toEqual(['a', 'b'])
    expect(sorted(ids(engine, 'date:>2023'))).toEqual(['b', 'e'])
    expect(sorted(ids(engine, '(锂 OR 5G) date:<2023'))).toEqual(['c'])
  })

  it('explains a malformed query instead of throwing', () => {
    const result = engine.search('"高新区')
    expect(result).toMatchObject({ ok: false, error: { code: 'unclosedQuote', position: 0 } })
  })

  it('gives exact totals with a limit, and a first page from the newest shards', () => {
    const limited = engine.search('高新区', { limit: 2 })
    expect(limited).toMatchObject({ ok: true, total: 4, complete: true, ids: ['a', 'e'] })
    const first = engine.search('高新区', { limit: 1, firstPage: true, sort: 'newest' })
    expect(first).toMatchObject({ ok: true, ids: ['e'], complete: false })
  })

  it('counts facets over the results', () => {
    const result = engine.search('高新区')
    if (!result.ok) throw new Error('query failed')
    const facets = engine.facets(result.refs)
    expect(facets.tags).toEqual([
      { value: '经济', count: 2 },
      { value: '产业', count: 1 },
      { value: '科技', count: 1 },
    ])
    expect(facets.papers).toEqual([
      { value: '湖北日报', count: 2 },
      { value: '随州日报', count: 1 },
    ])
    expect(facets.years).toEqual([
      { value: '2024', count: 2 },
      { value: '2023', count: 1 },
    ])
    expect(facets.months.map((m) => m.value)).toEqual(['2023-06', '2024-01', '2024-03'])
  })

  it('counts facets over every hit even when only a page of ids is returned', () => {
    const result = engine.search('高新区', { limit: 1, facets: true })
    expect(result).toMatchObject({ ok: true, ids: ['a'], total: 4 })
    expect(result.ok && result.facets?.years).toEqual([
      { value: '2024', count: 2 },
      { value: '2023', count: 1 },
    ])
  })
})

describe('white space inside Chinese text', () => {
  const pasted: SearchDoc[] = [
    { id: 'space', title: '考察', body: '习近平 总书记在湖北考察。' },
    { id: 'break', title: '讲话', body: '会上，习近平\n总书记强调。' },
    { id: 'plain', title: '习近平总书记', body: '要闻。' },
    { id: 'blocks', kicker: '中国', title: '人民日报', body: '社论发表' },
  ]
  const engine = engineWith(pasted, 8)

  it('matches across a space or a line break between two Han characters, both ways', () => {
    expect(sorted(ids(engine, '习近平总书记'))).toEqual(['break', 'plain', 'space'])
    expect(sorted(ids(engine, '"习近平 总书记"'))).toEqual(['break', 'plain', 'space'])
    expect(sorted(ids(engine, '"习近平\n总书记"'))).toEqual(['break', 'plain', 'space'])
    expect(ids(engine, '标题:"习近平 总书记"')).toEqual(['plain'])
  })

  it('keeps kicker, title, subtitle and body apart', () => {
    expect(ids(engine, '中国人民')).toEqual([])
    expect(ids(engine, '日报社论')).toEqual([])
    expect(ids(engine, '人民日报')).toEqual(['blocks'])
  })
})

describe('notes', () => {
  const noted: SearchDoc[] = [
    { id: 'noted', title: '冷链物流园开工', body: '总投资12亿元', notes: ['核实投资额', '问园区'] },
    { id: 'text', title: '核实投资额的办法', body: '园区公布数据。' },
  ]

  it('are found by 笔记: alone, and by the plain search with the text', () => {
    const engine = engineWith(noted, 8)
    expect(ids(engine, '笔记:核实')).toEqual(['noted'])
    expect(ids(engine, 'note:问园区')).toEqual(['noted'])
    expect(sorted(ids(engine, '核实投资额'))).toEqual(['noted', 'text'])
    expect(ids(engine, '标题:核实')).toEqual(['text'])
    // Nothing matches across the end of the body and the first note.
    expect(ids(engine, '亿元核实')).toEqual([])
    // Nor from one note into the next.
    expect(ids(engine, '投资额问园区')).toEqual([])
  })

  it('follow an edit of the notes, in sealed shards and live segments', () => {
    const engine = engineWith(noted, 1)
    engine.update({ ...(noted[0] as SearchDoc), notes: ['已核实'] })
    expect(ids(engine, '笔记:问园区')).toEqual([])
    expect(ids(engine, '笔记:已核实')).toEqual(['noted'])
    engine.add({ id: 'late', title: '晚到', body: '正文。', notes: ['待查'] })
    expect(ids(engine, '笔记:待查')).toEqual(['late'])
  })
})

describe('incremental changes', () => {
  it('adds, updates and removes documents across shard boundaries', () => {
    const engine = engineWith(docs.slice(0, 3), 2)
    expect(sorted(ids(engine, '高新区'))).toEqual(['a', 'b'])
    engine.add(docs[3] as SearchDoc)
    expect(sorted(ids(engine, '高新区'))).toEqual(['a', 'b', 'd'])
    engine.update({ ...(docs[0] as SearchDoc), title: '招商引资', body: '引进项目。' })
    expect(sorted(ids(engine, '高新区'))).toEqual(['b', 'd'])
    expect(ids(engine, '招商引资')).toEqual(['a'])
    expect(engine.remove('b')).toBe(true)
    expect(engine.remove('b')).toBe(false)
    expect(sorted(ids(engine, '高新区'))).toEqual(['d'])
    expect(engine.size).toBe(3)
  })

  it('applies a tag change without touching the text index', () => {
    const engine = engineWith(docs, 3)
    engine.update({ ...(docs[3] as SearchDoc), tags: ['农业'] })
    expect(ids(engine, 'tag:农业')).toEqual(['d'])
    expect(sorted(ids(engine, '高新区'))).toEqual(['a', 'b', 'd', 'e'])
  })

  it('finds documents added after a shard was indexed, in its live segment', () => {
    const engine = engineWith(docs.slice(0, 2), 8)
    expect(ids(engine, '锂电池')).toEqual(['b'])
    engine.add(docs[4] as SearchDoc)
    expect(sorted(ids(engine, 'kycpro'))).toEqual(['b', 'e'])
  })

  it('compacts a shard once a quarter of it is deleted, keeping results', () => {
    const many: SearchDoc[] = Array.from({ length: 8 }, (_, i) => ({
      id: `n${String(i)}`,
      title: `第${String(i)}条`,
      body: `编号${String(i)}的高新区新闻`,
    }))
    const engine = engineWith(many, 4)
    engine.remove('n0')
    engine.remove('n1')
    expect(engine.dropped.size).toBe(1)
    expect(sorted(ids(engine, '高新区'))).toEqual(['n2', 'n3', 'n4', 'n5', 'n6', 'n7'])
    expect(ids(engine, '编号3')).toEqual(['n3'])
  })
})
