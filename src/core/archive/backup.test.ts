import { describe, expect, it } from 'vitest'
import {
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
import type { BackupContents } from './backup-reader'
import { makeArticle, paragraphs } from './testing/articles'

/** A whole backup text read in one push, as a small file is. */
function readBackupText(text: string): BackupContents {
  const reader = new BackupReader()
  reader.push(text)
  return reader.finish()
}

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
    const reader = new BackupReader()
    for (let at = 0; at < file.length; at += 7) reader.push(file.slice(at, at + 7))
    expect(reader.finish()).toEqual({
      header: { createdAt: 99, version: 1 },
      articles: [article],
      tags: [tag],
      settings: [setting],
    })
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
    expect(code(file.replace('"version":1', '"version":2'))).toBe('newerVersion')
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
    const reader = new BackupReader()
    const [first = '', ...rest] = file.split(/(?<=\n)/u)
    reader.push(first + (rest[0] ?? '').slice(0, 3))
    for (const char of (rest[0] ?? '').slice(3)) reader.push(char)
    reader.push(rest.slice(1).join(''))
    expect(reader.finish().articles).toEqual([article])
  })

  it('accepts a byte order mark and CRLF line ends', () => {
    const contents = readBackupText(`\uFEFF${file.replaceAll('\n', '\r\n')}`)
    expect(contents.articles).toEqual([article])
  })
})

describe('merge rules', () => {
  it('adds what is missing and keeps the newer edit with both tag sets', () => {
    expect(mergeArticle(undefined, article)).toEqual({ article, action: 'add' })
    const newer = { ...article, title: '青禾县新建大型冷库', tags: ['民生'], updatedAt: 5_000 }
    const local = { ...article, importedAt: 800 }
    expect(mergeArticle(local, newer)).toEqual({
      article: { ...newer, tags: ['民生', '地区/青禾', '经济'], importedAt: 800 },
      action: 'update',
    })
    const older = { ...article, title: '旧标题', tags: ['经济'], updatedAt: 1 }
    expect(mergeArticle(local, older)).toEqual({ article: local, action: 'same' })
  })

  it('lets the colour changed last win and keeps the first creation time', () => {
    const incoming = { ...tag, color: '#3030c0', createdAt: 5, updatedAt: 30 }
    expect(mergeTag(tag, incoming)).toEqual({
      tag: { ...incoming, createdAt: 5 },
      action: 'update',
    })
    expect(mergeTag(incoming, tag)).toEqual({ tag: { ...incoming, createdAt: 5 }, action: 'same' })
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
    expect(missingTagRecords([article], new Set(['经济']), 7)).toEqual([
      { name: '地区/青禾', color: null, createdAt: 7, updatedAt: 7 },
    ])
  })
})
