// Real IndexedDB: export and restore. The round trip compares every field of every record; a
// restore into a populated archive merges field by field against the version as imported (one
// side's change taken, both sides' changes kept as a conflict, the text never replaced, both tag
// sets kept) and adds nothing twice; a colleague's export is the same operation; a restore is one
// undoable step; a bad file, a failure late in the file or a cancel leave the archive as it was.
import { describe, expect, it } from 'vitest'
import { fieldsOf } from '../../shared/article'
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
import { exportArchiveBlob } from './backup-export'
import { blobSource, restoreArchive, scanBackup, textSource } from './backup-restore'
import type { BackupSource } from './backup-restore'
import { ArchiveHistory } from '../archive/archive-history'
import { freshDatabase, recordChanges } from '../archive/testing'
import { settleJournals, writeJournaled } from '../archive/restore-journal'

const finishedRecord = {
  kind: 'restore' as const,
  file: 'backup.jsonl',
  startedAt: 1,
  finishedAt: 2,
  files: 1,
  articles: 1,
  duplicates: 0,
  failedFiles: 0,
  cancelled: false,
}

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

const fromBlob = (blob: Blob, name = 'backup.jsonl'): BackupSource => blobSource(blob, name)

describe('backup round trip', () => {
  it('restores every field of every record into an empty archive', async () => {
    const source = await seeded()
    const blob = await exportArchiveBlob(source, Date.now())
    const target = freshDatabase()
    const events = recordChanges(target)
    const { counts } = await restoreArchive(target, fromBlob(blob))
    expect(await contents(target)).toEqual(await contents(source))
    expect(counts).toEqual({
      articles: { added: 2, updated: 0, unchanged: 0, conflicts: 0 },
      tags: { added: 2, updated: 0 },
      settings: { added: 2 },
      untrusted: 0,
    })
    expect(events).toEqual([['added', [rich.id, photo.id].sort()]])
  })

  it('is lossless for a large archive read in bounded slices', async () => {
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
    const blob = await exportArchiveBlob(source, Date.now())
    const reads: number[] = []
    const sliced = fromBlob(blob)
    const target = freshDatabase()
    await restoreArchive(target, {
      ...sliced,
      read: (offset, length) => {
        reads.push(length)
        return sliced.read(offset, length)
      },
    })
    expect(reads.length).toBeGreaterThan(1)
    expect(Math.max(...reads)).toBeLessThanOrEqual(4 * 1024 * 1024)
    expect(await contents(target)).toEqual(await contents(source))
  })
})

describe('restore into a populated archive', () => {
  const {
    id: _id,
    tags: _t,
    source: _s,
    sourceLines: _l,
    importedAt: _i,
    updatedAt: _u,
    ...asImported
  } = rich

  it('takes what only the file changed, keeps what only this archive changed, adds nothing twice', async () => {
    const colleague = await seeded()
    await colleague.articles.put({
      ...photo,
      section: '图片新闻',
      base: fieldsOf(photo),
      updatedAt: photo.updatedAt + 5,
    })
    const backup = await exportArchiveBlob(colleague, Date.now())
    const target = freshDatabase()
    const editedHere = {
      ...rich,
      title: '本地改过的标题',
      tags: ['本地'],
      base: asImported,
      updatedAt: rich.updatedAt + 1,
    }
    const onlyHere = makeArticle('只在本地', paragraphs('本地稿件。'))
    await target.articles.bulkAdd([
      editedHere,
      { ...photo, tags: ['图片'], importedAt: 1 },
      onlyHere,
    ])
    await target.tags.add({ name: '民生', color: '#00aa00', createdAt: 1, updatedAt: 100 })
    await target.settings.add({ key: 'library.sort', value: { by: 'title' } })

    const preview = await scanBackup(target, fromBlob(backup))
    const before = await contents(target)
    expect(await contents(target)).toEqual(before)
    const { counts } = await restoreArchive(target, fromBlob(backup))
    expect(counts).toEqual(preview)
    expect(counts.articles).toEqual({ added: 0, updated: 2, unchanged: 0, conflicts: 0 })
    expect(await target.articles.get(rich.id)).toMatchObject({
      title: '本地改过的标题',
      tags: ['本地', ...rich.tags],
    })
    expect(await target.articles.get(photo.id)).toMatchObject({
      section: '图片新闻',
      tags: ['图片'],
      importedAt: 1,
    })
    expect(await target.articles.get(onlyHere.id)).toEqual(onlyHere)
    expect((await target.tags.get('民生'))?.color).toBe('#00aa00')
    expect((await target.settings.get('library.sort'))?.value).toEqual({ by: 'title' })

    const after = await contents(target)
    const again = await restoreArchive(target, fromBlob(backup))
    expect(again.counts.articles).toEqual({ added: 0, updated: 0, unchanged: 2, conflicts: 0 })
    expect(await contents(target)).toEqual(after)
  })

  it('keeps both versions of a headline corrected differently on both sides, flagged', async () => {
    const colleague = freshDatabase()
    await colleague.articles.add({
      ...rich,
      title: '同事改的标题',
      base: asImported,
      updatedAt: rich.updatedAt + 10,
    })
    const target = freshDatabase()
    await target.articles.add({
      ...rich,
      title: '我改的标题',
      base: asImported,
      updatedAt: rich.updatedAt + 1,
    })
    const { counts } = await restoreArchive(
      target,
      fromBlob(await exportArchiveBlob(colleague, Date.now()), '同事.jsonl'),
    )
    expect(counts.articles.conflicts).toBe(1)
    const stored = await target.articles.get(rich.id)
    expect(stored?.title).toBe('我改的标题')
    expect(stored?.conflicts).toMatchObject([
      { field: 'title', theirs: '同事改的标题', from: '同事.jsonl' },
    ])
    expect(await target.articles.where('conflicted').equals(1).primaryKeys()).toEqual([rich.id])
  })

  it('does not let a tampered file with another text and a far-future time replace the article', async () => {
    const target = await seeded()
    const history = new ArchiveHistory(target)
    const before = await contents(target)
    const tampered = {
      ...rich,
      title: '被篡改的标题',
      blocks: paragraphs('被篡改的正文。'),
      updatedAt: 9e15,
    }
    const text = [
      headerLine(Date.now() - 1000),
      recordLine({ type: 'article', value: tampered }),
      endLine({ articles: 1, tags: 0, settings: 0 }),
    ].join('')
    const preview = await scanBackup(target, textSource(text))
    expect(preview).toMatchObject({ untrusted: 1, articles: { conflicts: 1 } })
    const { batch } = await restoreArchive(target, textSource(text))
    const stored = await target.articles.get(rich.id)
    expect(stored?.blocks).toEqual(rich.blocks)
    expect(stored?.conflicts?.map((conflict) => conflict.field)).toEqual(['blocks'])
    expect(stored?.updatedAt).toBeLessThan(Date.now() + 1)
    // One undo puts everything back.
    history.recordRestore(batch)
    expect(await history.undo()).toBe(true)
    expect(await contents(target)).toEqual(before)
  })

  it('imports a colleague’s export the same way, never taking their machine settings', async () => {
    const colleague = freshDatabase()
    const theirs = makeArticle('同事的稿件', paragraphs('外地新闻。'), { tags: ['同事'] })
    await colleague.articles.bulkAdd([theirs, rich])
    await colleague.settings.add({ key: 'backup.lastBackupAt', value: 123 })
    const mine = await seeded()
    const { counts } = await restoreArchive(
      mine,
      fromBlob(await exportArchiveBlob(colleague, Date.now())),
    )
    expect(counts.articles).toEqual({ added: 1, updated: 0, unchanged: 1, conflicts: 0 })
    expect(counts.tags).toEqual({ added: 1, updated: 0 })
    expect(await mine.settings.get('backup.lastBackupAt')).toBeUndefined()
    expect(await mine.tags.get('同事')).toMatchObject({ name: '同事', color: null })
  })
})

describe('a restore is one step', () => {
  it('is undone and redone whole, through the history', async () => {
    const colleague = freshDatabase()
    const articles = Array.from({ length: 2300 }, (_, index) =>
      makeArticle(`同事稿件${index}`, paragraphs(`第${index}条消息。`), { tags: ['同事'] }),
    )
    await colleague.articles.bulkAdd(articles)
    const target = await seeded()
    const history = new ArchiveHistory(target)
    const before = await contents(target)
    const { batch } = await restoreArchive(
      target,
      fromBlob(await exportArchiveBlob(colleague, Date.now())),
    )
    history.recordRestore(batch)
    const after = await contents(target)
    expect(after.articles).toHaveLength(2302)
    expect(history.state.nextUndo).toBe('restore')
    await history.undo()
    expect(await contents(target)).toEqual(before)
    await history.redo()
    expect(await contents(target)).toEqual(after)
  })

  it('leaves what was edited after the restore when it is undone, and says so', async () => {
    const colleague = freshDatabase()
    const theirs = makeArticle('同事的稿件', paragraphs('外地新闻。'))
    await colleague.articles.add(theirs)
    const target = await seeded()
    const history = new ArchiveHistory(target)
    const { batch } = await restoreArchive(
      target,
      fromBlob(await exportArchiveBlob(colleague, Date.now())),
    )
    history.recordRestore(batch)
    await target.articles.update(theirs.id, { title: '恢复后改过' })
    await history.undo()
    expect((await target.articles.get(theirs.id))?.title).toBe('恢复后改过')
    expect(history.lastJournal).toEqual({ applied: 0, kept: 1 })
  })
})

describe('a restore that cannot finish leaves the archive as it was', () => {
  async function bigExport(count: number): Promise<string> {
    const colleague = freshDatabase()
    await colleague.articles.bulkAdd(
      Array.from({ length: count }, (_, index) =>
        makeArticle(`稿件${index}`, paragraphs(`第${index}条消息，内容足够长。`.repeat(5))),
      ),
    )
    return (await exportArchiveBlob(colleague, Date.now())).text()
  }

  it('rolls back what it wrote when a record late in the file is broken', async () => {
    const text = await bigExport(2500)
    const broken = text.replace('"稿件2400"', '"稿件2400","kind":"<script>"')
    const target = await seeded()
    const before = await contents(target)
    const error = await restoreArchive(target, textSource(broken)).catch(
      (caught: unknown) => caught,
    )
    expect(error).toMatchObject({ code: 'badRecord' })
    expect(await contents(target)).toEqual(before)
    expect(await target.journal.count()).toBe(0)
  })

  it('rolls back when the disk fills up part way', async () => {
    const text = await bigExport(2500)
    const target = await seeded()
    const before = await contents(target)
    let writes = 0
    const bulkPut = target.articles.bulkPut.bind(target.articles)
    // The storage refuses the third batch, as a full disk does.
    target.articles.bulkPut = ((...args: Parameters<typeof bulkPut>) => {
      writes++
      if (writes === 3) return Promise.reject(new DOMException('full', 'QuotaExceededError'))
      return bulkPut(...args)
    }) as typeof bulkPut
    const error = await restoreArchive(target, textSource(text)).catch((caught: unknown) => caught)
    target.articles.bulkPut = bulkPut
    expect(error).toMatchObject({ code: 'quotaExceeded' })
    expect(await contents(target)).toEqual(before)
  })

  it('rolls back when the user cancels part way', async () => {
    const text = await bigExport(2500)
    const target = await seeded()
    const before = await contents(target)
    const controller = new AbortController()
    const source = textSource(text)
    const error = await restoreArchive(target, source, {
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.phase === 'writing' && progress.done > 0) controller.abort()
      },
    }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name: 'AbortError' })
    expect(await contents(target)).toEqual(before)
  })
})

describe('at the next start', () => {
  // What a restore's batch leaves when the app is killed before its last transaction.
  async function cutOffRestore(database: ArchiveDatabase, batch: string): Promise<Article> {
    const edited = { ...rich, title: '被中断的恢复写入的标题' }
    await database.transaction('rw', [database.articles, database.journal], () =>
      writeJournaled(database, batch, 'articles', [
        { key: rich.id, before: rich, after: edited },
        { key: 'new-one', before: null, after: { ...photo, id: 'new-one' } },
      ]),
    )
    return edited
  }

  it('takes back a restore that was cut off, and drops the journal of one that finished', async () => {
    const target = await seeded()
    const before = await contents(target)
    await cutOffRestore(target, 'cut-off')
    expect(await settleJournals(target)).toEqual({ rolledBack: 1 })
    expect(await contents(target)).toEqual(before)

    const edited = await cutOffRestore(target, 'finished')
    await target.imports.add({ ...finishedRecord, batch: 'finished' })
    expect(await settleJournals(target)).toEqual({ rolledBack: 0 })
    expect(await target.articles.get(rich.id)).toEqual(edited)
    expect(await target.journal.count()).toBe(0)
  })

  it('leaves alone a restore this or another window still holds, so its undo still works', async () => {
    const source = freshDatabase()
    await source.articles.bulkAdd([
      { ...rich, title: '同事改过的标题', updatedAt: rich.updatedAt + 1 },
    ])
    const blob = await exportArchiveBlob(source, Date.now())
    const target = await seeded()
    const before = await contents(target)
    const history = new ArchiveHistory(target)
    const { batch } = await restoreArchive(target, fromBlob(blob))
    history.recordRestore(batch)
    expect(await settleJournals(target)).toEqual({ rolledBack: 0 })
    await history.undo()
    expect(await contents(target)).toEqual(before)
  })
})

describe('bad backup files', () => {
  async function refused(source: BackupSource): Promise<unknown> {
    const target = await seeded()
    const before = await contents(target)
    const error = await restoreArchive(target, source).catch((caught: unknown) => caught)
    expect(await contents(target)).toEqual(before)
    return error instanceof BackupFormatError ? error.code : error
  }

  it('refuses a cut-off file, a non-backup and invalid UTF-8, writing nothing', async () => {
    const text = await (
      await exportArchiveBlob(
        await seeded([rich, photo, makeArticle('x', paragraphs('y'))]),
        Date.now(),
      )
    ).text()
    expect(await refused(textSource(text.slice(0, text.length - 40)))).toBe('truncated')
    expect(await refused(textSource('标题\n正文\n'))).toBe('notBackup')
    expect(await refused(fromBlob(new Blob([new Uint8Array([0xff, 0xfe, 0x00, 0x41])])))).toBe(
      'notBackup',
    )
  })

  it('refuses a record that does not fit the schema', async () => {
    const text = await (await exportArchiveBlob(await seeded(), Date.now())).text()
    expect(await refused(textSource(text.replace('"kind":"photo"', '"kind":"<script>"')))).toBe(
      'badRecord',
    )
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
    const { counts } = await restoreArchive(target, textSource(text))
    expect(counts.settings).toEqual({ added: 1 })
    expect(await target.articles.get(rich.id)).toMatchObject({
      title: rich.title,
      blocks: rich.blocks,
    })
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
    await restoreArchive(target, textSource(text))
    expect((await target.articles.get(rich.id))?.tags).toEqual(['地区/青禾'])
  })
})
