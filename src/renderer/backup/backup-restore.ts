// Restores a backup, or imports a colleague's export: the merge of core/archive/backup-merge.ts,
// streamed. The file is read in bounded chunks (from main, a Blob, or a string); articles are
// merged and written a thousand at a time, each batch in its own transaction with the journal of
// what it replaced (restore-journal.ts), so memory stays flat whatever the file's size. If the
// file turns out bad late (a broken record, a missing end), the storage fills up, or the user
// cancels, everything this restore wrote is put back: the archive is exactly as before.
// `scanBackup` does the same reading without writing: what the file would do, for the preview.
import type { Article } from '../../shared/article'
import { BackupFormatError } from '../../core/archive/backup-format'
import type { BackupRecord, SettingEntry } from '../../core/archive/backup-format'
import {
  latestSettings,
  mergeArticle,
  mergeTag,
  missingTagRecords,
  takesSetting,
} from '../../core/archive/backup-merge'
import type { MergeContext } from '../../core/archive/backup-merge'
import { BackupReader } from '../../core/archive/backup-reader'
import { normalizeTagList, normalizeTagName } from '../../core/tags/name'
import type { TagRecord } from '../../core/tags/record'
import type { ArchiveDatabase, ImportRecord } from '../db/database'
import { guardStorage } from '../db/errors'
import { announceChanges } from '../archive/change-announcements'
import { holdJournal, replayJournal, writeJournaled } from '../archive/restore-journal'

const BATCH = 1000
const CHUNK = 4 * 1024 * 1024

/** A backup file read in pieces: main's handle, a Blob, or (in tests) a string. */
export interface BackupSource {
  name: string
  size: number
  read(offset: number, length: number): Promise<Uint8Array>
}

export function blobSource(blob: Blob, name: string): BackupSource {
  return {
    name,
    size: blob.size,
    read: async (offset, length) =>
      new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  }
}

export function textSource(text: string, name = 'backup.jsonl'): BackupSource {
  return blobSource(new Blob([text]), name)
}

export interface RestoreCounts {
  articles: { added: number; updated: number; unchanged: number; conflicts: number }
  tags: { added: number; updated: number }
  settings: { added: number }
  /** Articles whose times were later than the file itself or than now: not believed. */
  untrusted: number
}

export interface RestoreProgress {
  phase: 'scanning' | 'writing' | 'undoing'
  done: number
  total: number
}

export interface RestoreOptions {
  now?: number
  signal?: AbortSignal
  onProgress?: (progress: RestoreProgress) => void
}

const emptyCounts = (): RestoreCounts => ({
  articles: { added: 0, updated: 0, unchanged: 0, conflicts: 0 },
  tags: { added: 0, updated: 0 },
  settings: { added: 0 },
  untrusted: 0,
})

/** Text that is not UTF-8 is no backup. */
function decoded(decoder: TextDecoder, chunk?: Uint8Array): string {
  try {
    return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true })
  } catch {
    throw new BackupFormatError('notBackup', null)
  }
}

function cancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new DOMException('restore cancelled', 'AbortError')
}

interface Handlers {
  articles(articles: Article[], context: MergeContext): Promise<void>
}

/** Reads the whole file, handing articles on a batch at a time; tags and settings are few and
 * come at the end: they are returned. */
async function readRecords(
  source: BackupSource,
  handlers: Handlers,
  phase: RestoreProgress['phase'],
  options: RestoreOptions,
): Promise<{ tags: TagRecord[]; settings: SettingEntry[]; context: MergeContext }> {
  const reader = new BackupReader()
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const now = options.now ?? Date.now()
  const context = (): MergeContext => ({
    fileCreatedAt: reader.header?.createdAt ?? now,
    now,
    from: source.name,
  })
  const pending: Article[] = []
  const tags: TagRecord[] = []
  const settings: SettingEntry[] = []
  let bytes = 0
  const take = async (records: readonly BackupRecord[], flush: boolean): Promise<void> => {
    for (const record of records) {
      if (record.type === 'article')
        pending.push({ ...record.value, tags: normalizeTagList(record.value.tags) })
      else if (record.type === 'tag') {
        const name = normalizeTagName(record.value.name)
        if (name !== null) tags.push({ ...record.value, name })
      } else settings.push(record.value)
    }
    // A chunk holds thousands of articles: they are handed on a batch at a time, and a cancel is
    // heard between batches.
    while (pending.length >= BATCH || (flush && pending.length > 0)) {
      cancelled(options.signal)
      await handlers.articles(pending.splice(0, BATCH), context())
      options.onProgress?.({ phase, done: bytes, total: source.size })
    }
  }
  for (let offset = 0; offset < source.size; offset += CHUNK) {
    cancelled(options.signal)
    // A failure to read the file (main's disk error) propagates as it is: it is not a bad file.
    const chunk = await source.read(offset, CHUNK)
    bytes = Math.min(source.size, offset + chunk.byteLength)
    await take(reader.push(decoded(decoder, chunk)), false)
    options.onProgress?.({
      phase,
      done: Math.min(source.size, offset + chunk.byteLength),
      total: source.size,
    })
  }
  const tail = reader.push(decoded(decoder))
  const end = reader.finish()
  await take([...tail, ...end.records], true)
  cancelled(options.signal)
  return {
    tags,
    settings: latestSettings(settings),
    context: context(),
  }
}

function countArticle(counts: RestoreCounts, action: ReturnType<typeof mergeArticle>): void {
  if (action.untrusted) counts.untrusted++
  const kind = action.action
  if (kind === 'add') counts.articles.added++
  else if (kind === 'update') counts.articles.updated++
  else if (kind === 'conflict') counts.articles.conflicts++
  else counts.articles.unchanged++
}

/** Tags of the file merged into one record per name, and those its articles need. */
function fileTags(tags: readonly TagRecord[], context: MergeContext): TagRecord[] {
  const byName = new Map<string, TagRecord>()
  for (const tag of tags) byName.set(tag.name, mergeTag(byName.get(tag.name), tag, context).tag)
  return [...byName.values()]
}

/** What the file would do to the archive, without writing anything. */
export async function scanBackup(
  database: ArchiveDatabase,
  source: BackupSource,
  options: RestoreOptions = {},
): Promise<RestoreCounts> {
  const counts = emptyCounts()
  const seen = new Map<string, Article>()
  const tagNames = new Set<string>()
  const { tags, settings, context } = await readRecords(
    source,
    {
      articles: async (articles, context) => {
        const local = await database.articles.bulkGet(articles.map((article) => article.id))
        articles.forEach((incoming, index) => {
          const merged = mergeArticle(seen.get(incoming.id) ?? local[index], incoming, context)
          countArticle(counts, merged)
          for (const name of merged.article.tags) tagNames.add(name)
          // A file that holds a story twice: the second copy merges with the first.
          if (merged.action !== 'same') seen.set(incoming.id, merged.article)
        })
      },
    },
    'scanning',
    options,
  )
  const named = fileTags(tags, context)
  const known = new Set([
    ...named.map((tag) => tag.name),
    ...(await database.tags.toCollection().primaryKeys()),
  ])
  const merged = [...named, ...missingTagRecords(tagNames, known, context.now)]
  const local = await database.tags.bulkGet(merged.map((tag) => tag.name))
  merged.forEach((tag, index) => {
    const { action } = mergeTag(local[index], tag, context)
    if (action === 'add') counts.tags.added++
    else if (action === 'update') counts.tags.updated++
  })
  const present = await database.settings.bulkGet(settings.map((entry) => entry.key))
  counts.settings.added = settings.filter((entry, index) =>
    takesSetting(present[index] !== undefined, entry),
  ).length
  return counts
}

async function writeArticleBatch(
  database: ArchiveDatabase,
  batch: string,
  articles: readonly Article[],
  context: MergeContext,
  counts: RestoreCounts,
  tagNames: Set<string>,
): Promise<void> {
  const touched = { added: [] as string[], updated: [] as string[] }
  await guardStorage(() =>
    database.transaction('rw', [database.articles, database.journal], async () => {
      const local = await database.articles.bulkGet(articles.map((article) => article.id))
      const written = new Map<string, Article>()
      const records: { key: string; before: unknown; after: unknown }[] = []
      articles.forEach((incoming, index) => {
        const before = written.get(incoming.id) ?? local[index]
        const merged = mergeArticle(before, incoming, context)
        countArticle(counts, merged)
        for (const name of merged.article.tags) tagNames.add(name)
        if (merged.action === 'same') return
        written.set(incoming.id, merged.article)
        records.push({ key: incoming.id, before: before ?? null, after: merged.article })
        ;(before === undefined ? touched.added : touched.updated).push(incoming.id)
      })
      await writeJournaled(database, batch, 'articles', records)
    }),
  )
  announceChanges(database, { ...touched, deleted: [] })
}

/** The restore being finished: its last transaction records it in the import history. */
interface FinishedRestore {
  batch: string
  file: string
  startedAt: number
}

async function writeTagsAndSettings(
  database: ArchiveDatabase,
  restore: FinishedRestore,
  tags: readonly TagRecord[],
  settings: readonly SettingEntry[],
  counts: RestoreCounts,
  context: MergeContext,
): Promise<void> {
  await guardStorage(() =>
    database.transaction(
      'rw',
      [database.tags, database.settings, database.journal, database.imports],
      async () => {
        const { batch } = restore
        const local = await database.tags.bulkGet(tags.map((tag) => tag.name))
        const tagRecords: { key: string; before: unknown; after: unknown }[] = []
        tags.forEach((incoming, index) => {
          const { tag, action } = mergeTag(local[index], incoming, context)
          if (action === 'same') return
          counts.tags[action === 'add' ? 'added' : 'updated']++
          tagRecords.push({ key: tag.name, before: local[index] ?? null, after: tag })
        })
        await writeJournaled(database, batch, 'tags', tagRecords)
        const present = await database.settings.bulkGet(settings.map((entry) => entry.key))
        const taken = settings.filter((entry, index) =>
          takesSetting(present[index] !== undefined, entry),
        )
        await writeJournaled(
          database,
          batch,
          'settings',
          taken.map((entry) => ({ key: entry.key, before: null, after: entry })),
        )
        counts.settings.added = taken.length
        await database.imports.add(restoreRecord(restore, counts))
      },
    ),
  )
}

function restoreRecord(restore: FinishedRestore, counts: RestoreCounts): ImportRecord {
  return {
    kind: 'restore',
    ...restore,
    finishedAt: Date.now(),
    files: 1,
    articles: counts.articles.added,
    duplicates: counts.articles.unchanged,
    failedFiles: 0,
    cancelled: false,
  }
}

export interface RestoreResult {
  counts: RestoreCounts
  /** The journal batch: undo the restore with `undoRestore`. */
  batch: string
}

/** Merges a backup into the archive, streamed. A bad file, a full disk or a cancel puts back
 * everything written and throws (BackupFormatError, the storage error, or an AbortError). */
export async function restoreArchive(
  database: ArchiveDatabase,
  source: BackupSource,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const batch = crypto.randomUUID()
  holdJournal(batch)
  const startedAt = Date.now()
  const counts = emptyCounts()
  const tagNames = new Set<string>()
  try {
    const { tags, settings, context } = await readRecords(
      source,
      {
        articles: (articles, context) =>
          writeArticleBatch(database, batch, articles, context, counts, tagNames),
      },
      'writing',
      options,
    )
    const merged = fileTags(tags, context)
    const known = new Set([
      ...merged.map((tag) => tag.name),
      ...(await database.tags.toCollection().primaryKeys()),
    ])
    const missing = missingTagRecords(tagNames, known, context.now)
    const finished = { batch, file: source.name, startedAt }
    await writeTagsAndSettings(
      database,
      finished,
      [...merged, ...missing],
      settings,
      counts,
      context,
    )
    return { counts, batch }
  } catch (error) {
    await replayJournal(database, batch, 'undo', (done: number, total: number) => {
      options.onProgress?.({ phase: 'undoing', done, total })
    })
    await database.journal.where('batch').equals(batch).delete()
    throw error
  }
}
