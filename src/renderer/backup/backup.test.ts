// Real IndexedDB: export and restore. The round trip compares every field of every record; a
// restore into a populated archive merges (newer edit wins, both tag sets kept) and adds nothing
// twice; a colleague's export is the same operation; a bad file writes nothing.
import { describe, expect, it } from 'vitest'
import type { Article } from '../../shared/article'
import { articleId } from '../../shared/article-id'
import {
  BackupFormatError,
  endLine,
  headerLine,
  recordLine,
} from '../../core/archive/backup-format'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import type { ArchiveDatabase } from '../db/database'
import { exportArchive, exportArchiveBlob } from './backup-export'
import { restoreArchive } from './backup-restore'
import { freshDatabase, recordChanges } from '../archive/testing'

const rich = makeArticle(
  '石桥村“共享厨房”开张',
  [
    { type: 'paragraph', text: '本报讯 老人三元吃午饭,\u2028换行符与𠀋字也要原样保存。' },
    { type: 'subhead', text: '志愿者轮流掌勺' },
    { type: 'paragraph', text: 'Emoji 🍲 and "quotes" \\ back\\slash' },
  ],
  {
    kind: 'article',
    kicker: '民生一线',
    subtitle: '每天两荤一素',
    byline: '本报(特约通讯员 韩松)',
    authors: ['韩松', '林晓雨'],
    imageCredits: ['石桥村委会'],
    continuation: { from: 1, to: 4 },
    tags: ['地区/青禾/石桥村', '民生'],
    source: { file: 'C:\\报纸\\2024\\第2版.txt', encoding: 'big5', offset: 3 },
    importedAt: 1_700_000_000_123,
    updatedAt: 1_700_000_999_456,
  },
)
const photo = makeArticle(null, paragraphs('图为村民在新建的冷库前合影。'), {
  kind: 'photo',
  paper: null,
  date: null,
  page: null,
  section: null,
  imageCredits: ['青禾县融媒体中心'],
})
const tags = [
  { name: '地区/青禾/石桥村', color: '#c03030', createdAt: 5, updatedAt: 6 },
  { name: '民生', color: null, createdAt: 7, updatedAt: 7 },
]
const settings = [
  { key: 'library.sort', value: { by: 'date', descending: true, groups: ['paper', null] } },
  { key: 'duplicates.dismissed', value: ['a|b'] },
]

async function seeded(articles: Article[] = [rich, photo]): Promise<ArchiveDatabase> {
  const database = freshDatabase()
  await database.articles.bulkAdd(articles)
  await database.tags.bulkAdd(tags)
  await database.settings.bulkAdd(settings)
  return database
}

async function contents(database: ArchiveDatabase) {
  return {
    articles: await database.articles.toArray(),
    tags: await database.tags.toArray(),
    settings: await database.settings.toArray(),
  }
}

describe('backup round trip', () => {
  it('restores every field of every record into an empty archive', async () => {
    const source = await seeded()
    const blob = await exportArchiveBlob(source, 42)
    const target = freshDatabase()
    const events = recordChanges(target)
    const report = await restoreArchive(target, blob)
    expect(await contents(target)).toEqual(await contents(source))
    expect(report).toEqual({
      articles: { added: 2, updated: 0, unchanged: 0 },
      tags: { added: 2, updated: 0 },
      settings: { added: 2 },
    })
    expect(events).toEqual([['added', (await source.articles.toCollection().primaryKeys()).sort()]])
  })

  it('is lossless for a large archive read as a stream of chunks', async () => {
    // Invented text in bulk: enough articles that the export comes in several chunks.
    const articles = Array.from({ length: 1500 }, (_, index) =>
      makeArticle(
        `第${index}期 青禾县民生工程进展`,
        paragraphs(
          ...Array.from({ length: 6 }, (_, p) =>
            `第${p + 1}段：青禾县第${index}项工程进展顺利，村民说“好”。`.repeat(8),
          ),
        ),
        {
          date: `2024-0${1 + (index % 9)}-1${index % 10}`,
          page: 1 + (index % 8),
          tags: [`专题/第${index % 7}组`],
        },
      ),
    )
    const source = await seeded(articles)
    await source.tags.bulkAdd(
      Array.from({ length: 7 }, (_, group) => ({
        name: `专题/第${group}组`,
        color: null,
        createdAt: 1,
        updatedAt: 1,
      })),
    )
    const chunks: Uint8Array[] = []
    for await (const chunk of exportArchive(source, 1)) chunks.push(chunk)
    expect(chunks.length).toBeGreaterThan(1)
    const stream = new Blob(chunks.map((chunk) => new Uint8Array(chunk))).stream()
    const target = freshDatabase()
    await restoreArchive(target, stream)
    expect(await contents(target)).toEqual(await contents(source))
  })
})

describe('restore into a populated archive', () => {
  it('keeps the newer edit with both tag sets, adds what is missing, and nothing twice', async () => {
    const backup = await exportArchiveBlob(await seeded(), 42)
    const target = freshDatabase()
    const editedHere = {
      ...rich,
      title: '本地改过的标题',
      tags: ['本地'],
      updatedAt: rich.updatedAt + 1,
    }
    const olderHere = {
      ...photo,
      section: '旧栏目',
      tags: ['图片'],
      updatedAt: photo.updatedAt - 1,
      importedAt: 1,
    }
    const onlyHere = makeArticle('只在本地', paragraphs('本地稿件。'))
    await target.articles.bulkAdd([editedHere, olderHere, onlyHere])
    await target.tags.add({ name: '民生', color: '#00aa00', createdAt: 1, updatedAt: 100 })
    await target.settings.add({ key: 'library.sort', value: { by: 'title' } })

    const report = await restoreArchive(target, backup)
    expect(report).toEqual({
      articles: { added: 0, updated: 2, unchanged: 0 },
      tags: { added: 1, updated: 0 },
      settings: { added: 1 },
    })
    expect(await target.articles.get(rich.id)).toEqual({
      ...editedHere,
      tags: ['本地', ...rich.tags],
    })
    expect(await target.articles.get(photo.id)).toEqual({ ...photo, tags: ['图片'], importedAt: 1 })
    expect(await target.articles.get(onlyHere.id)).toEqual(onlyHere)
    expect(await target.tags.get('民生')).toEqual({
      name: '民生',
      color: '#00aa00',
      createdAt: 1,
      updatedAt: 100,
    })
    expect(await target.tags.get('本地')).toBeUndefined()
    expect((await target.settings.get('library.sort'))?.value).toEqual({ by: 'title' })

    const before = await contents(target)
    const again = await restoreArchive(target, backup)
    expect(again.articles).toEqual({ added: 0, updated: 0, unchanged: 2 })
    expect(await contents(target)).toEqual(before)
  })

  it('imports a colleague’s export the same way, never taking their machine settings', async () => {
    const colleague = freshDatabase()
    const theirs = makeArticle('同事的稿件', paragraphs('外地新闻。'), { tags: ['同事'] })
    await colleague.articles.bulkAdd([theirs, rich])
    await colleague.settings.add({ key: 'backup.lastBackupAt', value: 123 })
    const mine = await seeded()
    const report = await restoreArchive(mine, await exportArchiveBlob(colleague))
    expect(report.articles).toEqual({ added: 1, updated: 0, unchanged: 1 })
    expect(report.tags).toEqual({ added: 1, updated: 0 })
    expect(await mine.settings.get('backup.lastBackupAt')).toBeUndefined()
    expect(await mine.tags.get('同事')).toMatchObject({ name: '同事', color: null })
  })
})

describe('bad backup files', () => {
  async function refused(source: string | Blob): Promise<unknown> {
    const target = await seeded()
    const before = await contents(target)
    const error = await restoreArchive(target, source).catch((caught: unknown) => caught)
    expect(await contents(target)).toEqual(before)
    return error instanceof BackupFormatError ? error.code : error
  }

  it('refuses a cut-off file, a non-backup and invalid UTF-8, writing nothing', async () => {
    const text = await (
      await exportArchiveBlob(await seeded([rich, photo, makeArticle('x', paragraphs('y'))]))
    ).text()
    expect(await refused(text.slice(0, text.length - 40))).toBe('truncated')
    expect(await refused('标题\n正文\n')).toBe('notBackup')
    expect(await refused(new Blob([new Uint8Array([0xff, 0xfe, 0x00, 0x41])]))).toBe('notBackup')
  })

  it('refuses a record that does not fit the schema', async () => {
    const text = await (await exportArchiveBlob(await seeded())).text()
    expect(await refused(text.replace('"kind":"photo"', '"kind":"<script>"'))).toBe('badRecord')
  })

  it('restores a valid file that names a setting twice, the last value winning', async () => {
    const text = [
      headerLine(42),
      recordLine({ type: 'article', value: rich }),
      recordLine({ type: 'setting', value: { key: 'library.sort', value: { by: 'date' } } }),
      recordLine({ type: 'setting', value: { key: 'library.sort', value: { by: 'title' } } }),
      endLine({ articles: 1, tags: 0, settings: 2 }),
    ].join('')
    const target = freshDatabase()
    const report = await restoreArchive(target, text)
    expect(report.settings).toEqual({ added: 1 })
    expect(await target.articles.get(rich.id)).toEqual(rich)
    expect(await target.settings.toArray()).toEqual([
      { key: 'library.sort', value: { by: 'title' } },
    ])
  })

  it('normalises a colleague’s odd tag names instead of storing them as typed', async () => {
    const odd = { ...rich, tags: [' 地区 ／青禾 ', ''] }
    const text = await (
      await exportArchiveBlob(await seeded([{ ...odd, id: articleId(odd) }]))
    ).text()
    const target = freshDatabase()
    await restoreArchive(target, text)
    expect((await target.articles.get(rich.id))?.tags).toEqual(['地区/青禾'])
  })
})
