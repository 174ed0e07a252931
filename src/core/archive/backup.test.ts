import { describe, expect, it } from 'vitest'
import {
  BACKUP_VERSION,
  BackupFormatError,
  endLine,
  headerLine,
  maxBackupLineLength,
  recordLine,
} from './backup-format'
import type { BackupRecord } from './backup-format'
import {
  latestSettings,
  mergeArticle,
  mergeTag,
  missingTagRecords,
  takesSetting,
} from './backup-merge'
import { BackupReader } from './backup-reader'
import type { BackupEnd } from './backup-reader'
import { makeArticle, paragraphs } from './testing/articles'

/** Every record of a backup text, pushed in the given pieces, with its end. */
function readPieces(pieces: readonly string[]): { records: BackupRecord[]; end: BackupEnd } {
  const reader = new BackupReader()
  const records = pieces.flatMap((piece) => reader.push(piece))
  const end = reader.finish()
  return { records: [...records, ...end.records], end }
}

const readBackupText = (text: string) => readPieces([text])
const articlesOf = (read: { records: BackupRecord[] }) =>
  read.records.flatMap((record) => (record.type === 'article' ? [record.value] : []))

const article = makeArticle('青禾县新建冷库', paragraphs('冷库容量三千吨。'), {
  tags: ['地区/青禾', '经济'],
  authors: ['林晓雨'],
  continuation: { from: 1, to: null },
})
const tag = { name: '地区/青禾', color: '#c03030', createdAt: 10, updatedAt: 20 }
const setting = { key: 'library.sort', value: { by: 'date', descending: true } }
const records: BackupRecord[] = [
  { type: 'article', value: article },
  { type: 'tag', value: tag },
  { type: 'setting', value: setting },
]
const file = [
  headerLine(99),
  ...records.map(recordLine),
  endLine({ articles: 1, tags: 1, settings: 1 }),
].join('')

describe('backup format', () => {
  it('reads back exactly what was written, from chunks cut anywhere', () => {
    const pieces: string[] = []
    for (let at = 0; at < file.length; at += 7) pieces.push(file.slice(at, at + 7))
    const read = readPieces(pieces)
    expect(read.records).toEqual(records)
    expect(read.end.header).toEqual({ createdAt: 99, version: BACKUP_VERSION })
    expect(read.end.counts).toEqual({ articles: 1, tags: 1, settings: 1 })
  })

  it('refuses a file that is no backup, from a newer version, cut short or tampered with', () => {
    const code = (text: string): unknown => {
      try {
        readBackupText(text)
        return null
      } catch (error) {
        return error instanceof Error ? (error as Error & { code?: string }).code : error
      }
    }
    expect(code('标题\n正文')).toBe('notBackup')
    const version = `"version":${String(BACKUP_VERSION)}`
    expect(code(file.replace(version, `"version":${String(BACKUP_VERSION + 1)}`))).toBe(
      'newerVersion',
    )
    // Files of the first version (no base, no conflicts) read as they always did.
    expect(code(file.replace(version, '"version":1'))).toBeNull()
    expect(code(file.slice(0, file.lastIndexOf('{"type":"end"')))).toBe('truncated')
    expect(code(file.slice(0, file.length - 10))).toBe('truncated')
    expect(code(file.slice(0, file.indexOf('"type":"tag"') + 20))).toBe('truncated')
    expect(code(file.replace('"settings":1}}', '"settings":2}}'))).toBe('truncated')
    expect(code(file.replace('"#c03030"', '"red;background:url(x)"'))).toBe('badRecord')
    expect(code(file.replace('"kind":"article"', '"kind":"article","extra":1'))).toBe('badRecord')
    expect(code(`${file}${recordLine(records[0] as BackupRecord)}`)).toBe('badRecord')
  })

  it('refuses a 20 MB line without a newline by its length, as soon as it passes the limit', () => {
    const reader = new BackupReader()
    reader.push(headerLine(99))
    const megabyte = 'x'.repeat(1024 * 1024)
    let pushed = 0
    const refusal = (() => {
      try {
        for (; pushed < 20; pushed++) reader.push(megabyte)
        return reader.finish()
      } catch (error) {
        return error
      }
    })()
    expect(refusal).toBeInstanceOf(BackupFormatError)
    expect(refusal).toMatchObject({ code: 'lineTooLong', line: 2 })
    // Refused on the chunk that passed the limit, long before the end of the line.
    expect(pushed).toBe(maxBackupLineLength / megabyte.length)
  })

  it('reads lines that arrive in many small pieces and lines of many per chunk alike', () => {
    const [first = '', ...rest] = file.split(/(?<=\n)/u)
    const pieces = [first + (rest[0] ?? '').slice(0, 3), ...Array.from((rest[0] ?? '').slice(3))]
    expect(articlesOf(readPieces([...pieces, rest.slice(1).join('')]))).toEqual([article])
  })

  it('accepts a byte order mark and CRLF line ends', () => {
    const read = readBackupText(`\uFEFF${file.replaceAll('\n', '\r\n')}`)
    expect(articlesOf(read)).toEqual([article])
  })
})

describe('merge rules', () => {
  const context = { fileCreatedAt: 10_000, now: 20_000, from: '同事的导出.jsonl' }

  it('adds what is missing, not believing a time later than the file itself', () => {
    expect(mergeArticle(undefined, article, context)).toEqual({
      article,
      action: 'add',
      untrusted: false,
    })
    const future = { ...article, updatedAt: 9e15 }
    expect(mergeArticle(undefined, future, context)).toMatchObject({
      article: { updatedAt: 10_000 },
      untrusted: true,
    })
  })

  it('takes a field changed on the other side only, keeping both tag sets and the base', () => {
    const theirs = { ...article, title: '青禾县新建大型冷库', tags: ['民生'], updatedAt: 5_000 }
    const mine = { ...article, importedAt: 800 }
    const merged = mergeArticle(mine, theirs, context)
    expect(merged.action).toBe('update')
    expect(merged.article).toMatchObject({
      title: '青禾县新建大型冷库',
      tags: ['地区/青禾', '经济', '民生'],
      importedAt: 800,
      updatedAt: 5_000,
    })
    expect(merged.article.base?.title).toBe('青禾县新建冷库')
  })

  it('keeps the notes of both sides, the one edited last where both have it', () => {
    const note = (id: string, text: string, updatedAt: number) => ({
      id,
      anchor: { quote: '冷库', prefix: '青禾县新建', suffix: '', start: 5 },
      colour: 'yellow' as const,
      text,
      createdAt: 1,
      updatedAt,
    })
    const mine = {
      ...article,
      notes: [note('shared', '我的笔记', 3_000), note('mine', '只在这里', 1)],
    }
    const theirs = {
      ...article,
      notes: [note('shared', '对方后来改过', 4_000), note('theirs', '只在对方', 1)],
    }
    const merged = mergeArticle(mine, theirs, context)
    expect(merged.action).toBe('update')
    expect(merged.article.notes?.map((n) => [n.id, n.text])).toEqual([
      ['shared', '对方后来改过'],
      ['mine', '只在这里'],
      ['theirs', '只在对方'],
    ])
    // A note time beyond the file's own export time is not believed: mine (12,000) stays.
    const future = { ...article, notes: [note('shared', '伪造的时间', 9e15)] }
    const withFuture = mergeArticle(
      { ...article, notes: [note('shared', '我的', 12_000)] },
      future,
      context,
    )
    expect(withFuture.article.notes?.[0]?.text).toBe('我的')
    // The file carries them through: notes round trip.
    const line = recordLine({ type: 'article', value: merged.article })
    const read = readBackupText(
      [headerLine(99), line, endLine({ articles: 1, tags: 0, settings: 0 })].join(''),
    )
    expect(articlesOf(read)).toEqual([merged.article])
  })

  it('keeps a field changed only here, whatever time the file claims', () => {
    const mine = { ...article, title: '我改过的标题', base: { ...article }, updatedAt: 2_000 }
    const theirs = { ...article, updatedAt: 9e15 }
    expect(mergeArticle(mine, theirs, context)).toMatchObject({
      article: { title: '我改过的标题' },
      action: 'same',
    })
  })

  it('keeps both versions of a field changed differently on both sides, flagged', () => {
    const { id: _id, ...fields } = article
    const base = { ...fields }
    const mine = { ...article, title: '我的标题', base, updatedAt: 2_000 }
    const theirs = { ...article, title: '同事的标题', base, updatedAt: 3_000 }
    const merged = mergeArticle(mine, theirs, context)
    expect(merged.action).toBe('conflict')
    expect(merged.article.title).toBe('我的标题')
    expect(merged.article.conflicts).toEqual([
      { field: 'title', theirs: '同事的标题', from: '同事的导出.jsonl', at: 20_000 },
    ])
    // The same file again adds nothing.
    expect(mergeArticle(merged.article, theirs, context).action).toBe('same')
  })

  it('never replaces the text itself from a file: another text is a conflict', () => {
    const tampered = { ...article, blocks: paragraphs('被改写的正文。'), updatedAt: 9e15 }
    const merged = mergeArticle(article, tampered, context)
    expect(merged.article.blocks).toEqual(article.blocks)
    expect(merged.article.conflicts?.map((conflict) => conflict.field)).toEqual(['blocks'])
    expect(merged.untrusted).toBe(true)
  })

  it('lets the colour changed last win and keeps the first creation time', () => {
    const incoming = { ...tag, color: '#3030c0', createdAt: 5, updatedAt: 30 }
    expect(mergeTag(tag, incoming, context)).toEqual({
      tag: { ...incoming, createdAt: 5 },
      action: 'update',
    })
    expect(mergeTag(incoming, tag, context)).toEqual({
      tag: { ...incoming, createdAt: 5 },
      action: 'same',
    })
  })

  it('keeps one entry per setting key, the last one in the file', () => {
    const first = { key: 'library.sort', value: { by: 'date' } }
    const other = { key: 'duplicates.dismissed', value: ['a|b'] }
    const last = { key: 'library.sort', value: { by: 'title' } }
    expect(latestSettings([first, other, last])).toEqual([last, other])
  })

  it('takes settings only where none exist, never machine-local ones', () => {
    expect(takesSetting(false, setting)).toBe(true)
    expect(takesSetting(true, setting)).toBe(false)
    expect(takesSetting(false, { key: 'backup.lastBackupAt', value: 1 })).toBe(false)
  })

  it('creates records for tags only articles carry', () => {
    expect(missingTagRecords(article.tags, new Set(['经济']), 7)).toEqual([
      { name: '地区/青禾', color: null, createdAt: 7, updatedAt: 7 },
    ])
  })
})
