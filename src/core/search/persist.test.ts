import { describe, expect, it } from 'vitest'
import type { SearchDoc } from './doc'
import { SearchEngine } from './engine'
import { exportIndex, loadShard, MANIFEST_KEY, openIndex } from './persist'
import { loadStored, openStored, saveTo, type Store } from './testing/stored-index'

const docs: SearchDoc[] = Array.from({ length: 40 }, (_, i) => ({
  id: `doc-${String(i)}`,
  title: i % 5 === 0 ? `随州高新区第${String(i)}期` : `简讯${String(i)}`,
  body: `第${String(i)}条：${i % 3 === 0 ? '六氟磷酸锂' : '宁德时代'}与KycPro合作，2023年签约。`,
  date: `2023-${String((i % 12) + 1).padStart(2, '0')}-01`,
  tags: i % 2 === 0 ? ['经济'] : ['科技'],
  authors: [`记者${String(i % 4)}`],
  page: (i % 8) + 1,
  version: 1_700_000_000_000 + i,
}))

const queries = [
  '高新区',
  '锂',
  'kycpro 2023年',
  'tag:经济 -锂',
  '作者:记者1 OR 版:2',
  'date:2023-03..2023-05',
]

const save = (engine: SearchEngine, store: Store, all = false): void => {
  saveTo(engine, store, { all })
}

async function restore(store: Store): Promise<SearchEngine> {
  return loadStored(openStored(store), store)
}

const results = (engine: SearchEngine): unknown[] =>
  queries.map((q) => engine.search(q)).map((r) => (r.ok ? r.ids : r.error))

describe('persistence', () => {
  it('keeps deletions and edits made while older shards are still loading', async () => {
    const engine = new SearchEngine({ shardSize: 16 })
    engine.addMany(docs)
    const store: Store = new Map()
    save(engine, store)
    const plan = openStored(store)
    const [newest, ...older] = plan.shards
    if (newest === undefined) throw new Error('no shards')
    await loadStored(plan, store, [newest])
    // Two articles of a shard not loaded yet: one deleted, one edited.
    const [gone, edited] = docs.filter((doc) => !plan.engine.has(doc.id))
    if (gone === undefined || edited === undefined) throw new Error('all loaded')
    plan.engine.remove(gone.id)
    plan.engine.add({ ...edited, title: '随州高新区改版', body: '改写后的正文。' })
    await loadStored(plan, store, older)
    const ids = (query: string) => {
      const result = plan.engine.search(query)
      return result.ok ? result.ids : []
    }
    expect(ids(`第${gone.id.slice(4)}条`)).toEqual([])
    expect(ids(`第${edited.id.slice(4)}条`)).toEqual([])
    expect(ids('改写后')).toEqual([edited.id])
    expect(plan.engine.size).toBe(docs.length - 1)
  })

  it('round-trips: the loaded index answers exactly like the built one', async () => {
    const engine = new SearchEngine({ shardSize: 16 })
    engine.addMany(docs)
    const store: Store = new Map()
    save(engine, store)
    expect([...store.keys()].filter((key) => key.startsWith('shard:'))).toHaveLength(3)
    expect([...store.keys()].filter((key) => key.startsWith('state:'))).toHaveLength(3)
    const loaded = await restore(store)
    expect(results(loaded)).toEqual(results(engine))
    expect(loaded.size).toBe(docs.length)
    // Each article's version comes back: a start compares them with the archive's.
    expect(docs.map((doc) => loaded.versionOf(doc.id))).toEqual(docs.map((doc) => doc.version))
    expect([...loaded.ids()].sort()).toEqual(docs.map((doc) => doc.id).sort())
  })

  it('rewrites only changed shards and deletes the records of dropped ones', async () => {
    const engine = new SearchEngine({ shardSize: 16 })
    engine.addMany(docs)
    const store: Store = new Map()
    save(engine, store)
    engine.update({ ...(docs[1] as SearchDoc), body: '新内容：高新区' })
    const plan = exportIndex(engine)
    // The new text went into the last shard; the first lost its old copy (its state only).
    expect(plan.put.map((c) => c.key).sort()).toEqual([
      'manifest',
      'shard:s2:0',
      'state:s0:0',
      'state:s2:0',
    ])
    for (const chunk of plan.put) store.set(chunk.key, chunk.data)
    const loaded = await restore(store)
    expect(results(loaded)).toEqual(results(engine))
    expect(loaded.search('新内容')).toMatchObject({ ids: ['doc-1'] })
  })

  it('saves a tagging as the state of the shards it touched, never their texts', async () => {
    const engine = new SearchEngine({ shardSize: 16 })
    engine.addMany(docs)
    const store: Store = new Map()
    save(engine, store)
    const texts = new Map([...store].filter(([key]) => key.startsWith('shard:')))
    for (const doc of [docs[1], docs[20]]) {
      if (doc) engine.update({ ...doc, tags: ['专题'], version: (doc.version ?? 0) + 1 })
    }
    const plan = exportIndex(engine)
    expect(plan.put.map((c) => c.key).sort()).toEqual(['manifest', 'state:s0:0', 'state:s1:0'])
    for (const chunk of plan.put) store.set(chunk.key, chunk.data)
    const loaded = await restore(store)
    const tagged = loaded.search('tag:专题')
    expect(tagged.ok ? [...tagged.ids].sort() : tagged.error).toEqual(['doc-1', 'doc-20'])
    expect(loaded.versionOf('doc-20')).toBe((docs[20]?.version ?? 0) + 1)
    expect(results(loaded).slice(0, 3)).toEqual(results(engine).slice(0, 3))
    expect(new Map([...store].filter(([key]) => key.startsWith('shard:')))).toEqual(texts)
  })

  it('keeps working after loading: searches are partial until every shard is in, then updates persist', async () => {
    const engine = new SearchEngine({ shardSize: 16 })
    engine.addMany(docs)
    const store: Store = new Map()
    save(engine, store)
    const plan = openStored(store)
    const [newest, ...rest] = plan.shards
    if (!newest) throw new Error('no shards')
    await loadStored(plan, store, [newest])
    expect(plan.engine.search('高新区')).toMatchObject({ ok: true, complete: false })
    await loadStored(plan, store, rest)
    expect(plan.engine.search('高新区')).toMatchObject({ ok: true, complete: true })
    plan.engine.remove('doc-0')
    save(plan.engine, store)
    const again = await restore(store)
    expect(again.has('doc-0')).toBe(false)
    expect(again.size).toBe(docs.length - 1)
  })

  it('puts documents added while loading into one new shard, in its live segment', async () => {
    const engine = new SearchEngine({ shardSize: 16 })
    engine.addMany(docs)
    const store: Store = new Map()
    save(engine, store)
    const plan = openStored(store)
    const [newest, ...rest] = plan.shards
    if (!newest) throw new Error('no shards')
    await loadStored(plan, store, [newest])
    for (let i = 0; i < 3; i++)
      plan.engine.add({ id: `new-${String(i)}`, body: `新到稿件${String(i)}` })
    expect(plan.engine.shards).toHaveLength(2)
    expect(plan.engine.search('新到稿件')).toMatchObject({ total: 3, complete: false })
    expect(plan.engine.shards[1]?.segment?.size).toBe(3)
    await loadStored(plan, store, rest)
    expect(plan.engine.search('新到稿件')).toMatchObject({ total: 3, complete: true })
    save(plan.engine, store)
    expect((await restore(store)).search('新到稿件')).toMatchObject({ total: 3 })
  })

  it('reads an index saved by an earlier version, with every blob deflated', async () => {
    const engine = new SearchEngine({ shardSize: 16 })
    engine.addMany(docs)
    const store: Store = new Map()
    save(engine, store)
    const deflate = async (bytes: Uint8Array<ArrayBuffer>) => {
      const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))
      return new Uint8Array(await new Response(stream).arrayBuffer())
    }
    for (const [key, data] of store) {
      if (key !== MANIFEST_KEY && data instanceof Uint8Array)
        store.set(key, await deflate(data.slice()))
    }
    // Earlier manifests said nothing of how blobs are stored: deflated was the only way.
    const manifest = String(store.get(MANIFEST_KEY)).replaceAll(',"stored":"raw"', '')
    expect(manifest).not.toContain('stored')
    store.set(MANIFEST_KEY, manifest)
    expect(results(await restore(store))).toEqual(results(engine))
  })

  it('detects a missing, stale or damaged index', async () => {
    expect(openIndex(undefined)).toEqual({ ok: false, reason: 'missing' })
    expect(openIndex('{not json')).toEqual({ ok: false, reason: 'corrupt' })
    const engine = new SearchEngine({ shardSize: 64 })
    engine.addMany(docs)
    const store: Store = new Map()
    save(engine, store)
    const manifest = JSON.parse(String(store.get(MANIFEST_KEY))) as { version: number }
    expect(openIndex(JSON.stringify({ ...manifest, version: manifest.version + 1 }))).toEqual({
      ok: false,
      reason: 'stale',
    })
    const plan = openStored(store)
    const shard = plan.shards[0]
    if (!shard) throw new Error('no shard')
    const [textsKey, stateKey] = shard.keys
    const part = store.get(textsKey ?? '') as Uint8Array
    const state = store.get(stateKey ?? '') as Uint8Array
    const damaged = (bytes: Uint8Array) => {
      const copy = bytes.slice()
      const middle = Math.floor(copy.length / 2)
      copy[middle] = (copy[middle] ?? 0) ^ 0xff
      return copy
    }
    const corrupt = { ok: false, reason: 'corrupt' }
    expect(await loadShard(plan.engine, shard.name, [damaged(part), state])).toEqual(corrupt)
    expect(await loadShard(plan.engine, shard.name, [part, damaged(state)])).toEqual(corrupt)
    expect(await loadShard(plan.engine, shard.name, [part.slice(0, 10), state])).toEqual(corrupt)
    expect(await loadShard(plan.engine, shard.name, [undefined, state])).toEqual(corrupt)
    expect(await loadShard(plan.engine, shard.name, [part])).toEqual(corrupt)
    expect(await loadShard(plan.engine, shard.name, [part, state])).toEqual({ ok: true })
  })
})
