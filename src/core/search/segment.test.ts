import { Document } from 'flexsearch'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SearchDoc } from './doc'
import { SearchEngine, type SearchOptions } from './engine'
import { bigramKey } from './grams'
import { normalize } from './normalize'
import { exportIndex } from './persist'
import { loadStored, openStored } from './testing/stored-index'
import { postingList } from './postings'
import { LIVE_LIMIT, type Shard } from './shard'
import { seededRandom } from '../../shared/random'

afterEach(() => {
  vi.restoreAllMocks()
})

function only<T>(list: readonly T[]): T {
  const [first] = list
  if (list.length !== 1 || first === undefined) throw new Error(`expected one, got ${list.length}`)
  return first
}

function ids(engine: SearchEngine, query: string, options: SearchOptions = {}): string[] {
  const result = engine.search(query, options)
  if (!result.ok) throw new Error(result.error.code)
  return result.ids
}

const sorted = (list: string[]): string[] => [...list].sort()

const filler = (i: number): SearchDoc => ({
  id: `f${String(i)}`,
  title: `简讯第${String(i)}号`,
  body: `本台消息：第${String(i)}条新闻，天气晴好。`,
  date: '2023-01-01',
})

/** An engine of one shard whose first documents are sealed. */
function sealedEngine(count = 20): { engine: SearchEngine; shard: Shard } {
  const engine = new SearchEngine()
  engine.addMany(Array.from({ length: count }, (_, i) => filler(i)))
  const shard = only(engine.shards)
  shard.seal()
  return { engine, shard }
}

describe('live segment (FlexSearch Document)', () => {
  it('indexes a document added after sealing in FlexSearch, not in the postings', () => {
    const { engine, shard } = sealedEngine()
    expect(shard.segment).toBeNull()
    const add = vi.spyOn(Document.prototype, 'add')
    const search = vi.spyOn(Document.prototype, 'search')
    engine.add({ id: 'new', title: '锂电池', body: '六氟磷酸锂价格上涨。', date: '2024-01-01' })
    expect(ids(engine, '磷酸锂')).toEqual(['new'])
    const doc = shard.docOf.get('new') ?? -1
    expect(doc).toBe(20)
    expect(shard.sealedEnd).toBe(20)
    expect(shard.segment?.has(doc)).toBe(true)
    expect(add).toHaveBeenCalledWith(doc, { headline: '锂电池', body: '六氟磷酸锂价格上涨。' })
    // Queried with bigrams; the sealed postings know nothing of the document.
    expect(search).toHaveBeenCalled()
    expect(shard.segment?.candidates('磷酸锂')).toEqual(new Uint16Array([doc]))
    const key = bigramKey('磷'.codePointAt(0) ?? 0, '酸'.codePointAt(0) ?? 0)
    expect(postingList(shard.postings, key)).toBeNull()
    // Single characters, digits and Latin inside words, as in sealed documents.
    expect(ids(engine, '锂')).toEqual(['new'])
    expect(ids(engine, 'title:电池')).toEqual(['new'])
    expect(ids(engine, '六氟 -天气')).toEqual(['new'])
  })

  it('re-indexes an edited live document in place with a FlexSearch update', () => {
    const { engine, shard } = sealedEngine()
    engine.add({ id: 'new', title: '锂电池', body: '六氟磷酸锂价格上涨。' })
    engine.flush()
    const update = vi.spyOn(Document.prototype, 'update')
    engine.update({ id: 'new', title: '光伏', body: '多晶硅价格下跌。' })
    expect(update).toHaveBeenCalledWith(20, { headline: '光伏', body: '多晶硅价格下跌。' })
    expect(shard.docOf.get('new')).toBe(20)
    expect(shard.count).toBe(21)
    expect(ids(engine, '磷酸锂')).toEqual([])
    expect(ids(engine, '多晶硅')).toEqual(['new'])
    expect(ids(engine, 'title:光伏')).toEqual(['new'])
    // A tag change leaves the index alone.
    update.mockClear()
    engine.update({ id: 'new', title: '光伏', body: '多晶硅价格下跌。', tags: ['能源'] })
    expect(update).not.toHaveBeenCalled()
    expect(ids(engine, 'tag:能源 多晶硅')).toEqual(['new'])
  })

  it('removes a live document with a FlexSearch remove', () => {
    const { engine, shard } = sealedEngine()
    engine.add({ id: 'new', title: '锂电池', body: '六氟磷酸锂价格上涨。' })
    engine.add({ id: 'other', title: '锂矿', body: '锂矿开采。' })
    expect(sorted(ids(engine, '锂'))).toEqual(['new', 'other'])
    const remove = vi.spyOn(Document.prototype, 'remove')
    expect(engine.remove('new')).toBe(true)
    expect(remove).toHaveBeenCalledWith(20)
    expect(shard.segment?.size).toBe(1)
    expect(ids(engine, '锂')).toEqual(['other'])
    expect(engine.size).toBe(21)
  })

  it('moves an edited sealed document into the live segment', () => {
    const { engine, shard } = sealedEngine()
    engine.update({ ...filler(3), body: '改写后的高新区消息。' })
    expect(ids(engine, '高新区')).toEqual(['f3'])
    expect(ids(engine, '第3条')).toEqual([])
    expect(shard.docOf.get('f3')).toBe(20)
    expect(shard.segment?.has(20)).toBe(true)
  })

  it('seals its documents into the postings beyond LIVE_LIMIT, when full and before export', () => {
    const { engine, shard } = sealedEngine()
    engine.add({ id: 'new', title: '锂电池', body: '六氟磷酸锂价格上涨。' })
    engine.flush()
    expect(shard.segment?.size).toBe(1)
    // Export seals the shard: the stored form is postings only.
    exportIndex(engine)
    expect(shard.segment).toBeNull()
    expect(shard.sealedEnd).toBe(21)
    const key = bigramKey('磷'.codePointAt(0) ?? 0, '酸'.codePointAt(0) ?? 0)
    expect(postingList(shard.postings, key)?.docs).toEqual(new Uint16Array([20]))
    expect(ids(engine, '磷酸锂')).toEqual(['new'])

    // Up to LIVE_LIMIT unsealed documents live in FlexSearch; one more seals them all.
    for (let i = 100; i < 100 + LIVE_LIMIT; i++) engine.add(filler(i))
    engine.flush()
    expect(shard.segment?.size).toBe(LIVE_LIMIT)
    engine.add(filler(100 + LIVE_LIMIT))
    engine.flush()
    expect(shard.segment).toBeNull()
    expect(shard.sealedEnd).toBe(shard.count)
    expect(ids(engine, '第612条')).toEqual(['f612'])

    // A shard that fills up is sealed at once.
    const small = new SearchEngine({ shardSize: 4 })
    small.addMany([0, 1, 2].map(filler))
    small.flush()
    const first = only(small.shards)
    expect(first.segment?.size).toBe(3)
    small.add(filler(3))
    expect(first.segment).toBeNull()
    expect(first.sealedEnd).toBe(4)
  })

  it('never joins the headline and the body, live or sealed, but reads across a line inside one', () => {
    const { engine, shard } = sealedEngine()
    const doc = { id: 'edge', title: 'abc', body: 'def 报\n道' }
    engine.add(doc)
    expect(ids(engine, '"abc\ndef"')).toEqual([])
    expect(ids(engine, 'def报道')).toEqual(['edge'])
    shard.seal()
    expect(ids(engine, '"abc\ndef"')).toEqual([])
    expect(ids(engine, 'def报道')).toEqual(['edge'])
  })
})

// A small random archive: few distinct characters, so phrases recur across documents, in
// headlines and bodies, with repeats (occurrence counts) and white space inside Han text.
const ALPHABET = '中国人民经济发展高新区锂电池2023年5GaKyc，。 \n'

const random = seededRandom

function randomText(next: () => number, length: number): string {
  let text = ''
  for (let i = 0; i < length; i++) text += ALPHABET.charAt(Math.floor(next() * ALPHABET.length))
  return text
}

function randomDoc(next: () => number, id: string): SearchDoc {
  return {
    id,
    title: randomText(next, 3 + Math.floor(next() * 8)),
    body: randomText(next, 20 + Math.floor(next() * 60)),
    date: `202${String(Math.floor(next() * 5))}-0${String(1 + Math.floor(next() * 9))}-1${String(Math.floor(next() * 10))}`,
    tags: next() < 0.5 ? ['经济'] : ['科技'],
    authors: [`记者${String(Math.floor(next() * 3))}`],
    page: 1 + Math.floor(next() * 4),
  }
}

const PHRASES = [
  '中',
  '锂',
  '5',
  'k',
  '中国',
  '高新',
  '2023',
  '23年',
  '5g',
  'kyc',
  '国人民',
  '经济发展',
  '中国人民经济',
  '高新区锂电池',
  '，',
  '。 中',
  '中 国',
  '"人民 经济"',
  // White space between scripts: Han and digit, digit and Latin, Latin and punctuation.
  '"年 5"',
  '"23 年"',
  '"3\n年5"',
  '"5 g"',
  '"c ，"',
  '"g\n中"',
]
const QUERIES = [
  ...PHRASES.map((phrase) => (phrase.startsWith('"') ? phrase : `"${phrase}"`)),
  '中国 -经济',
  '锂 OR 5g',
  'title:中国',
  '标题:锂电',
  'tag:经济 高新',
  '作者:记者1 发展',
  'date:2022..2023 人民',
  '版:2 中',
  '(中国 OR 锂) -title:人',
]

/** Everything a search answers, in order: ids, total, facets. */
function answers(engine: SearchEngine): unknown[] {
  return QUERIES.map((query) => {
    const result = engine.search(query, { facets: true })
    if (!result.ok) throw new Error(`${query}: ${result.error.code}`)
    return [query, result.ids, result.total, result.facets]
  })
}

describe('live and sealed documents answer alike', () => {
  const next = random(2024)
  const engine = new SearchEngine({ shardSize: 700 })
  const current = new Map<string, SearchDoc>()
  const put = (doc: SearchDoc): void => {
    engine.add(doc)
    current.set(doc.id, doc)
  }
  // Shard s0: 600 sealed + 120 live (then full: sealed); s1: 300 live documents.
  for (let i = 0; i < 600; i++) put(randomDoc(next, `d${String(i)}`))
  engine.flush()
  for (let i = 600; i < 1000; i++) put(randomDoc(next, `d${String(i)}`))
  // Edits of live and sealed documents, text and tags; removals of both.
  for (let i = 0; i < 60; i++) {
    const id = `d${String(Math.floor(next() * 1000))}`
    const doc = current.get(id)
    if (!doc) continue
    put(next() < 0.7 ? { ...randomDoc(next, id) } : { ...doc, tags: ['农业'] })
  }
  for (let i = 0; i < 40; i++) {
    const id = `d${String(Math.floor(next() * 1000))}`
    if (engine.remove(id)) current.delete(id)
  }
  engine.flush()

  // The rule itself, field by field: white space inside a field never separates a match,
  // whatever the scripts beside it; two fields never join.
  const squeeze = (text: string): string => normalize(text.replace(/\s/gu, ''))
  const scan = (phrase: string): string[] =>
    [...current.values()]
      .filter((doc) =>
        [doc.kicker, doc.title, doc.subtitle, doc.body].some(
          (field) => typeof field === 'string' && squeeze(field).includes(squeeze(phrase)),
        ),
      )
      .map((doc) => doc.id)

  it('has documents in live segments', () => {
    const live = engine.shards.map((shard) => shard.segment?.size ?? 0)
    expect(live.reduce((a, b) => a + b, 0)).toBeGreaterThan(250)
    expect(engine.size).toBe(current.size)
  })

  it('returns exactly what a brute-force scan finds, live segment in use', () => {
    for (const phrase of PHRASES) {
      const query = phrase.startsWith('"') ? phrase : `"${phrase}"`
      const expected = scan(phrase.replaceAll('"', '')).sort()
      expect([query, sorted(ids(engine, query))]).toEqual([query, expected])
    }
  })

  it('answers identically (ids, order, totals, facets) after sealing and after a round trip', async () => {
    const live = answers(engine)
    const store = new Map(exportIndex(engine).put.map((c) => [c.key, c.data]))
    for (const shard of engine.shards) expect(shard.segment).toBeNull()
    expect(answers(engine)).toEqual(live)
    for (const phrase of PHRASES) {
      const query = phrase.startsWith('"') ? phrase : `"${phrase}"`
      expect(sorted(ids(engine, query))).toEqual(scan(phrase.replaceAll('"', '')).sort())
    }
    expect(answers(await loadStored(openStored(store), store))).toEqual(live)
  })
})
