// Every schema version opens the databases older versions wrote, with every record intact.
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import {
  currentSchemaVersion,
  declareSchema,
  openArchiveDatabase,
  schemaVersions,
} from './database'
import type { ArchiveDatabase } from './database'
import { sortKey } from '../../shared/sort-key'
import { writeAtVersion, writeRawV1 } from './testing/migration-harness'
import type { Seed } from './testing/migration-harness'

const article = makeArticle('青禾县新建冷库', paragraphs('冷库容量三千吨。'), {
  tags: ['地区/青禾', '经济'],
  authors: ['林晓雨'],
  continuation: { from: 1, to: 4 },
})
const seed = {
  articles: [article],
  tags: [{ name: '地区/青禾', color: '#c03030', createdAt: 1, updatedAt: 2 }],
  imports: [
    {
      id: 1,
      startedAt: 5,
      finishedAt: 6,
      files: 1,
      articles: 1,
      duplicates: 0,
      failedFiles: 0,
      cancelled: false,
    },
  ],
  settings: [{ key: 'library.sort', value: { by: 'date' } }],
  searchChunks: [{ key: 'manifest', stamp: '1:1:1', data: new Uint8Array([1, 2, 3]) }],
} satisfies Seed

let opened: ArchiveDatabase | null = null
let name = ''
afterEach(async () => {
  opened?.close()
  opened = null
  await Dexie.delete(name)
})

async function readAll(database: ArchiveDatabase): Promise<Record<string, unknown[]>> {
  const tables = ['articles', 'tags', 'imports', 'settings', 'searchChunks'] as const
  const entries = await Promise.all(tables.map(async (t) => [t, await database.table(t).toArray()]))
  return Object.fromEntries(entries) as Record<string, unknown[]>
}

describe('schema migrations', () => {
  it('opens a version 1 database written with plain IndexedDB, data and indexes intact', async () => {
    name = `migration-${crypto.randomUUID()}`
    await writeRawV1(name, seed)
    opened = openArchiveDatabase(name)
    await opened.open()
    expect(opened.verno).toBe(currentSchemaVersion)
    expect(await readAll(opened)).toEqual(seed)
    expect(await opened.tagLists.where('tags').equals('经济').primaryKeys()).toEqual([article.id])
    expect(
      await opened.articles
        .where('[paper+date+page]')
        .equals(['青禾日报', '2024-05-06', 2])
        .count(),
    ).toBe(1)
  })

  it('gives articles stored before version 2 no derived title and no source lines, not undefined', async () => {
    name = `migration-${crypto.randomUUID()}`
    const { derivedTitle: _derived, sourceLines: _lines, ...older } = article
    await writeRawV1(name, { ...seed, articles: [older] })
    opened = openArchiveDatabase(name)
    expect(await opened.articles.get(article.id)).toEqual(article)
    expect(await opened.sources.count()).toBe(0)
  })

  it('gives articles stored before version 4 their headline sort key, never shown to readers', async () => {
    name = `migration-${crypto.randomUUID()}`
    const untitled = makeArticle('', paragraphs('无题。'), { title: null, derivedTitle: null })
    const other = makeArticle('北京城市副中心', paragraphs('正文。'))
    await writeAtVersion(name, 3, { ...seed, articles: [article, untitled, other] })
    opened = openArchiveDatabase(name)
    // Pinyin order from the index alone (北 before 青); no headline, no key.
    expect(await opened.articles.orderBy('titleKey').primaryKeys()).toEqual([other.id, article.id])
    expect(await opened.articles.get(article.id)).toEqual(article)
    expect(await opened.articles.toArray()).not.toContainEqual(
      expect.objectContaining({ titleKey: expect.anything() as unknown }),
    )
  })

  it('indexes articles with notes once version 5 opens, and never shows the mark to readers', async () => {
    name = `migration-${crypto.randomUUID()}`
    await writeAtVersion(name, 4, seed)
    opened = openArchiveDatabase(name)
    expect(await opened.articles.where('noted').equals(1).count()).toBe(0)
    const note = {
      id: 'n1',
      anchor: null,
      colour: 'yellow' as const,
      text: '问园区要数据',
      createdAt: 1,
      updatedAt: 1,
    }
    const noted = { ...article, notes: [note] }
    await opened.articles.put(noted)
    expect(await opened.articles.where('noted').equals(1).primaryKeys()).toEqual([article.id])
    expect(await opened.articles.get(article.id)).toEqual(noted)
    await opened.articles.put(article)
    expect(await opened.articles.where('noted').equals(1).count()).toBe(0)
  })

  it('moves every article’s tags to its own tag list once version 7 opens, the articles whole to readers', async () => {
    name = `migration-${crypto.randomUUID()}`
    const untagged = makeArticle('北京城市副中心', paragraphs('正文。'), { tags: [] })
    await writeAtVersion(name, 6, { ...seed, articles: [article, untagged] })
    opened = openArchiveDatabase(name)
    expect(await opened.articles.bulkGet([article.id, untagged.id])).toEqual([article, untagged])
    // With the order keys of each article as stored (its headline's sort key derived).
    const order = ({ importedAt, date, title, paper, page }: typeof article) => ({
      importedAt,
      date,
      titleKey: sortKey(title ?? ''),
      paper,
      page,
    })
    expect(await opened.tagLists.toArray()).toEqual(
      [
        { id: article.id, tags: article.tags, updatedAt: article.updatedAt, order: order(article) },
        { id: untagged.id, tags: [], updatedAt: untagged.updatedAt, order: order(untagged) },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    )
    opened.close()
    // As IndexedDB holds them: no article record keeps its tags.
    const plain = new Dexie(name)
    declareSchema(plain)
    const stored = (await plain.table('articles').toArray()) as object[]
    plain.close()
    expect(stored).toHaveLength(2)
    for (const record of stored) expect(record).not.toHaveProperty('tags')
  })

  for (const { version } of schemaVersions) {
    it(`opens a database written at version ${version} with the current code`, async () => {
      name = `migration-${crypto.randomUUID()}`
      await writeAtVersion(name, version, seed)
      opened = openArchiveDatabase(name)
      expect(await readAll(opened)).toEqual(seed)
    })
  }
})
