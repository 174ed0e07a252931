// Replication through a real CouchDB-compatible server (pouchdb-server from npm, started here
// on a loopback port): laptops that edited offline converge to the same records, a field edited
// differently on two laptops is kept beside for the user, tags of both are kept, an edit brings
// back what the other side deleted, a sync cut short resumes without sending anything twice,
// and a hostile document is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BackupRecord } from '../../core/archive/backup-format'
import { fieldsOf } from '../../shared/article'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { recordDocId } from '../../core/sync/documents'
import { syncOnce } from '../../core/sync/replicate'
import type { RemotePort, SyncOptions } from '../../core/sync/replicate'
import { scopeOf } from '../../core/sync/scope'
import { MemoryLocal } from '../../core/sync/testing/memory-local'
import { changesBetween, CouchRemote } from './couch-remote'
import { replied } from './sync-reply'
import { startCouchServer } from './testing/couch-server'
import type { CouchServerProcess } from './testing/couch-server'

let server: CouchServerProcess

beforeAll(async () => {
  server = await startCouchServer()
}, 120_000)

afterAll(async () => {
  await server.stop()
})

let databases = 0
async function bureauDatabase(): Promise<CouchRemote> {
  databases += 1
  return new CouchRemote({ url: await server.database(`bureau-${String(databases)}`) })
}

const options: SyncOptions = { batchSize: 3, now: () => 1_000_000, from: '编辑部服务器' }

const articleRecord = (title: string, text: string, extra = {}): BackupRecord => ({
  type: 'article',
  value: makeArticle(title, paragraphs(text), extra),
})

/** A correction, as the app makes it: the version as imported kept as the base. */
function withTitle(record: BackupRecord, title: string, updatedAt: number): BackupRecord {
  if (record.type !== 'article') throw new Error('not an article')
  const base = record.value.base ?? fieldsOf(record.value)
  return { type: 'article', value: { ...record.value, title, updatedAt, base } }
}

function articleOf(local: MemoryLocal, id: string) {
  const record = local.records.get(id)
  if (record?.type !== 'article') throw new Error(`no article ${id}`)
  return record.value
}

async function converge(...laptops: MemoryLocal[]): Promise<void> {
  const remote = await shared
  for (let round = 0; round < 2; round += 1)
    for (const laptop of laptops) await syncOnce(laptop, remote, options)
}

let shared: Promise<CouchRemote>

describe('bureau replication through CouchDB', () => {
  const cold = articleRecord('青禾县新建冷库', '冷库容量三千吨。')
  const tea = articleRecord('老茶园长出新产业', '合作社统一流转茶园。')
  const school = articleRecord('乡村学校开学', '新学期有三百名学生。')
  const a = new MemoryLocal()
  const b = new MemoryLocal()

  it('brings two laptops that worked offline to the same archive', async () => {
    shared = bureauDatabase()
    a.edit(cold)
    a.edit(tea)
    b.edit(school)
    // The same story imported on both laptops, corrected on one.
    b.edit(withTitle(tea, '青禾县老茶园长出新产业', 2_000))
    await converge(a, b)
    expect([...a.records.keys()].sort()).toEqual([...b.records.keys()].sort())
    expect(a.records.size).toBe(3)
    expect(a.records).toEqual(b.records)
    expect(articleOf(a, recordDocId(tea)).title).toBe('青禾县老茶园长出新产业')
    expect([...a.entries.values()].filter((e) => e.pending)).toEqual([])
  })

  it('keeps both headlines of an article edited differently on two laptops, and both tags', async () => {
    const id = recordDocId(cold)
    a.edit(
      withTitle(
        { type: 'article', value: { ...articleOf(a, id), tags: ['地区/青禾'] } },
        '冷库投用',
        3_000,
      ),
    )
    b.edit(
      withTitle(
        { type: 'article', value: { ...articleOf(b, id), tags: ['经济'] } },
        '冷库建成',
        3_100,
      ),
    )
    await converge(a, b)
    for (const laptop of [a, b]) {
      const article = articleOf(laptop, id)
      expect(article.tags.sort()).toEqual(['地区/青禾', '经济'])
      expect(article.conflicted).toBe(1)
      const kept = [article.title, ...(article.conflicts ?? []).map((c) => c.theirs)]
      expect(kept.sort()).toEqual(['冷库建成', '冷库投用'])
    }
    expect(articleOf(a, id)).toEqual(articleOf(b, id))
  })

  it('brings back on both laptops an article one deleted while the other edited it', async () => {
    const id = recordDocId(school)
    a.remove(id)
    b.edit(withTitle({ type: 'article', value: articleOf(b, id) }, '乡村学校秋季开学', 4_000))
    const remote = await shared
    await syncOnce(a, remote, options)
    const summary = await syncOnce(b, remote, options)
    expect(summary.revived).toEqual([id])
    // The laptop that deleted it gets it back, and is asked.
    const back = await syncOnce(a, remote, options)
    expect(back.broughtBack).toEqual([id])
    expect(back.revived).toEqual([])
    await converge(a, b)
    expect(articleOf(a, id).title).toBe('乡村学校秋季开学')
  })
})

describe('a sync cut short', () => {
  it('resumes where it stopped and sends nothing twice', async () => {
    const remote = await bureauDatabase()
    const a = new MemoryLocal()
    const records = Array.from({ length: 10 }, (_, i) =>
      articleRecord(`第${String(i + 1)}篇`, `正文第${String(i + 1)}段。`),
    )
    for (const record of records) a.edit(record)
    await syncOnce(a, remote, options)
    const b = new MemoryLocal()
    // The laptop goes to sleep after two batches of the first pull.
    const commit = b.commit.bind(b)
    b.commit = async (batch) => {
      if (b.commits >= 2) throw new Error('network gone')
      await commit(batch)
    }
    await expect(syncOnce(b, remote, options)).rejects.toThrow('network gone')
    expect(b.records.size).toBe(6)
    b.commit = commit
    await syncOnce(b, remote, options)
    expect(b.records.size).toBe(10)
    const all = (await remote.changes(null, 100)).changes
    expect(all).toHaveLength(10)
    expect(all.every((change) => change.rev.startsWith('1-'))).toBe(true)
  })

  it('refuses a document that is not a valid record, and stores nothing of it', async () => {
    const remote = await bureauDatabase()
    const hostile = [
      { _id: 'article:x', type: 'article', value: { title: '<img src=x onerror=alert(1)>' } },
      {
        _id: 'tag:地区',
        type: 'tag',
        value: { name: '别的', color: null, createdAt: 1, updatedAt: 1 },
      },
      { _id: '_design/evil-not-ours', views: {} },
    ]
    await remote.bulkDocs(hostile)
    const a = new MemoryLocal()
    const summary = await syncOnce(a, remote, options)
    expect(a.records.size).toBe(0)
    expect(summary.rejected.map((r) => [r.id, r.reason]).sort()).toEqual([
      ['article:x', 'invalid'],
      ['tag:地区', 'wrongKey'],
    ])
  })
})

describe('the pull', () => {
  it('downloads only what this laptop does not hold, never what it has just sent', async () => {
    const remote = await bureauDatabase()
    const laptop = new MemoryLocal()
    for (let n = 1; n <= 5; n += 1)
      laptop.edit(articleRecord(`第${String(n)}篇`, `正文${String(n)}。`))
    await syncOnce(laptop, remote, options)
    const fetched: string[] = []
    const counting: RemotePort = {
      changes: (since, limit) => remote.changes(since, limit),
      bulkDocs: (docs) => remote.bulkDocs(docs),
      fetch: (ids) => {
        fetched.push(...ids)
        return remote.fetch(ids)
      },
    }
    const again = await syncOnce(laptop, counting, options)
    expect(fetched).toEqual([])
    expect(again.pulled).toBe(0)
    // A colleague's laptop, empty, fetches all five.
    const other = new MemoryLocal()
    await syncOnce(other, counting, options)
    expect(fetched).toHaveLength(5)
    expect(other.records).toEqual(laptop.records)
  })
})

describe('a long first sync', () => {
  it("says how far through the server's feed it is, page by page", async () => {
    const remote = await bureauDatabase()
    const bureau = new MemoryLocal()
    for (let n = 1; n <= 10; n += 1)
      bureau.edit(articleRecord(`第${String(n)}号通讯`, `第${String(n)}号稿件。`))
    await syncOnce(bureau, remote, options)
    const fractions: (number | null)[] = []
    await syncOnce(new MemoryLocal(), remote, {
      ...options,
      onProgress: (progress) => fractions.push(progress.pullFraction),
    })
    const pulled = fractions.slice(0, 4)
    expect(pulled.every((fraction) => fraction !== null)).toBe(true)
    expect(pulled).toEqual([...pulled].sort((a, b) => (a ?? 0) - (b ?? 0)))
    expect(pulled[0]).toBeLessThan(1)
    expect(pulled.at(-1)).toBe(1)
    // CouchDB 3 writes its sequences as `count-opaque`.
    expect(changesBetween('40-g1BBB', '110-g1CCC')).toBe(70)
    expect(changesBetween('opaque', '5-x')).toBeNull()
  })
})

describe('a laptop that keeps only its desk', () => {
  it('stores only the desk, takes off what a colleague moves out, and still sends its own', async () => {
    const remote = await bureauDatabase()
    const bureau = new MemoryLocal()
    const economy = articleRecord('青禾县新建冷库', '冷库容量三千吨。', { tags: ['部门/经济'] })
    const farming = articleRecord('茶园流转', '合作社统一流转茶园。', { tags: ['部门/经济/农业'] })
    const sport = articleRecord('县运会开幕', '运动员八百名。', { tags: ['部门/体育'] })
    for (const record of [economy, farming, sport]) bureau.edit(record)
    await syncOnce(bureau, remote, options)

    const desk = scopeOf({ tags: ['部门/经济'] })
    if (desk === null) throw new Error('not a scope')
    const laptop = new MemoryLocal()
    const deskOptions = { ...options, scope: desk }
    await syncOnce(laptop, remote, deskOptions)
    const held = () => [...laptop.records.keys()].filter((id) => id.startsWith('article:')).sort()
    expect(held()).toEqual([recordDocId(economy), recordDocId(farming)].sort())

    // A colleague retags one out of the desk: taken off this laptop, not deleted anywhere.
    if (farming.type !== 'article') throw new Error('not an article')
    bureau.edit({
      type: 'article',
      value: { ...farming.value, tags: ['部门/农业'], updatedAt: farming.value.updatedAt + 1 },
    })
    await syncOnce(bureau, remote, options)
    const summary = await syncOnce(laptop, remote, deskOptions)
    expect(summary.takenOff).toEqual([recordDocId(farming)])
    expect(held()).toEqual([recordDocId(economy)])
    expect(summary.pushed).toBe(0)

    // What this laptop writes itself is sent, in its desk or not.
    const own = articleRecord('县城新开书店', '书店藏书两万册。')
    laptop.edit(own)
    await syncOnce(laptop, remote, deskOptions)
    await syncOnce(bureau, remote, options)
    expect(bureau.records.get(recordDocId(own))).toEqual(own)
    expect(bureau.records.has(recordDocId(farming))).toBe(true)
    expect(bureau.records.size).toBe(4)
  })
})

describe('the live connection', () => {
  it('wakes a long poll when another laptop writes, and says an unreachable server by kind', async () => {
    const remote = await bureauDatabase()
    const laptop = new MemoryLocal()
    await syncOnce(laptop, remote, options)
    const checkpoint = (await laptop.checkpoint()) ?? '0'
    const waiting = remote.wait(checkpoint, 30)
    const other = new MemoryLocal()
    other.edit(articleRecord('长江大桥通车', '大桥今日通车。'))
    await syncOnce(other, remote, options)
    expect(await waiting).toEqual({ changed: true })
    // Caught up: the poll ends at its time limit with nothing new.
    await syncOnce(laptop, remote, options)
    expect(await remote.wait((await laptop.checkpoint()) ?? '0', 1)).toEqual({ changed: false })

    const gone = { remote: () => Promise.resolve(new CouchRemote({ url: 'http://127.0.0.1:9/x' })) }
    expect(await replied(gone, (couch) => couch.changes(null, 1))).toEqual({
      ok: false,
      error: 'unreachable',
    })
    const none = { remote: () => Promise.resolve(null) }
    expect(await replied(none, (couch) => couch.changes(null, 1))).toEqual({
      ok: false,
      error: 'noServer',
    })
  })
})
