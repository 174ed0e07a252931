// Restores a backup, or imports a colleague's export: the same merge (see
// core/archive/backup-merge.ts). The file is read and checked whole first; then everything is
// written in one transaction, so a bad file or a full disk leaves the archive as it was.
import type { Article } from '../../shared/article'
import { BackupFormatError } from '../../core/archive/backup-format'
import {
  mergeArticle,
  mergeTag,
  latestSettings,
  missingTagRecords,
  takesSetting,
} from '../../core/archive/backup-merge'
import { BackupReader } from '../../core/archive/backup-reader'
import type { BackupContents } from '../../core/archive/backup-reader'
import type { SettingEntry } from '../../core/archive/backup-format'
import { normalizeTagList, normalizeTagName } from '../../core/tags/name'
import type { TagRecord } from '../../core/tags/record'
import type { ArchiveDatabase } from '../db/database'
import { guardStorage } from '../db/errors'
import { announceChanges } from '../archive/change-announcements'

const CHUNK = 1000

export type BackupSource = Blob | ReadableStream<Uint8Array> | string

export interface RestoreReport {
  articles: { added: number; updated: number; unchanged: number }
  tags: { added: number; updated: number }
  settings: { added: number }
}

export interface RestoreProgress {
  phase: 'reading' | 'writing'
  done: number
  total: number
}

async function readSource(
  source: BackupSource,
  onProgress?: (p: RestoreProgress) => void,
): Promise<BackupContents> {
  const reader = new BackupReader()
  if (typeof source === 'string') {
    reader.push(source)
    return reader.finish()
  }
  const total = source instanceof Blob ? source.size : 0
  const stream = source instanceof Blob ? source.stream() : source
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let done = 0
  // A failure to read the file (main's disk error) propagates as it is: it is not a bad file.
  for await (const chunk of stream) {
    done += chunk.byteLength
    reader.push(decoded(decoder, chunk))
    onProgress?.({ phase: 'reading', done, total })
  }
  reader.push(decoded(decoder))
  return reader.finish()
}

/** Text that is not UTF-8 is no backup. */
function decoded(decoder: TextDecoder, chunk?: Uint8Array): string {
  try {
    return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true })
  } catch {
    throw new BackupFormatError('notBackup', null)
  }
}

interface CleanContents {
  articles: Article[]
  tags: TagRecord[]
  settings: SettingEntry[]
}

/**
 * Tag names as a colleague's file has them may not be normal: normalise, drop the unusable. A
 * record the file holds twice becomes one (merged, or for settings the last one).
 */
function cleanContents(contents: BackupContents): CleanContents {
  const articles = new Map<string, Article>()
  for (const raw of contents.articles) {
    const article = { ...raw, tags: normalizeTagList(raw.tags) }
    articles.set(article.id, mergeArticle(articles.get(article.id), article).article)
  }
  const tags = new Map<string, TagRecord>()
  for (const raw of contents.tags) {
    const name = normalizeTagName(raw.name)
    if (name !== null) tags.set(name, mergeTag(tags.get(name), { ...raw, name }).tag)
  }
  return {
    articles: [...articles.values()],
    tags: [...tags.values()],
    settings: latestSettings(contents.settings),
  }
}

async function writeArticles(
  database: ArchiveDatabase,
  articles: readonly Article[],
  report: RestoreReport,
  touched: { added: string[]; updated: string[] },
  onProgress?: (p: RestoreProgress) => void,
): Promise<void> {
  for (let start = 0; start < articles.length; start += CHUNK) {
    const chunk = articles.slice(start, start + CHUNK)
    const local = await database.articles.bulkGet(chunk.map((article) => article.id))
    const writes: Article[] = []
    chunk.forEach((incoming, index) => {
      const { article, action } = mergeArticle(local[index], incoming)
      if (action === 'same') report.articles.unchanged++
      else {
        writes.push(article)
        report.articles[action === 'add' ? 'added' : 'updated']++
        touched[action === 'add' ? 'added' : 'updated'].push(article.id)
      }
    })
    await database.articles.bulkPut(writes)
    onProgress?.({ phase: 'writing', done: start + chunk.length, total: articles.length })
  }
}

async function writeTags(
  database: ArchiveDatabase,
  tags: readonly TagRecord[],
  report: RestoreReport,
): Promise<void> {
  const local = await database.tags.bulkGet(tags.map((tag) => tag.name))
  const writes: TagRecord[] = []
  tags.forEach((incoming, index) => {
    const { tag, action } = mergeTag(local[index], incoming)
    if (action !== 'same') writes.push(tag)
    if (action !== 'same') report.tags[action === 'add' ? 'added' : 'updated']++
  })
  await database.tags.bulkPut(writes)
}

async function writeSettings(
  database: ArchiveDatabase,
  settings: readonly SettingEntry[],
  report: RestoreReport,
): Promise<void> {
  const local = await database.settings.bulkGet(settings.map((entry) => entry.key))
  const taken = settings.filter((entry, index) => takesSetting(local[index] !== undefined, entry))
  await database.settings.bulkAdd(taken)
  report.settings.added = taken.length
}

/** Merges a backup into the archive. Throws BackupFormatError for a bad file, writing nothing. */
export async function restoreArchive(
  database: ArchiveDatabase,
  source: BackupSource,
  options: { now?: number; onProgress?: (progress: RestoreProgress) => void } = {},
): Promise<RestoreReport> {
  const contents = await readSource(source, options.onProgress)
  const { articles, tags, settings } = cleanContents(contents)
  const report: RestoreReport = {
    articles: { added: 0, updated: 0, unchanged: 0 },
    tags: { added: 0, updated: 0 },
    settings: { added: 0 },
  }
  const touched = { added: [] as string[], updated: [] as string[] }
  await guardStorage(() =>
    database.transaction('rw', database.articles, database.tags, database.settings, async () => {
      await writeArticles(database, articles, report, touched, options.onProgress)
      const known = new Set([
        ...tags.map((tag) => tag.name),
        ...(await database.tags.toCollection().primaryKeys()),
      ])
      await writeTags(
        database,
        [...tags, ...missingTagRecords(articles, known, options.now ?? Date.now())],
        report,
      )
      await writeSettings(database, settings, report)
    }),
  )
  announceChanges(database, { ...touched, deleted: [] })
  return report
}
