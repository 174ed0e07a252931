// Exports the whole archive (articles, tags with colours, settings) as one backup file, produced
// as UTF-8 chunks of about a megabyte so main can write it to a temporary file and rename it
// (atomic) without the renderer holding the whole file as one string. Articles are read page by
// page in key order; an edit made during the export is either in the file or not, never torn.
import {
  BACKUP_MEDIA_TYPE,
  endLine,
  headerLine,
  recordLine,
} from '../../core/archive/backup-format'
import type { BackupCounts } from '../../core/archive/backup-format'
import type { ArchiveDatabase } from '../db/database'
import { pagesByKey } from '../db/key-pages'

const PAGE = 1000
const CHUNK_CHARS = 512 * 1024

/** Articles written so far, of those the archive held when the backup began. */
export type BackupProgress = (done: number, total: number) => void

async function* articleLines(
  database: ArchiveDatabase,
  counts: BackupCounts,
  onProgress?: BackupProgress,
): AsyncGenerator<string> {
  const total = await database.articles.count()
  for await (const page of pagesByKey(database.articles, PAGE)) {
    counts.articles += page.length
    yield page.map((value) => recordLine({ type: 'article', value })).join('')
    onProgress?.(counts.articles, Math.max(total, counts.articles))
  }
}

async function* backupText(
  database: ArchiveDatabase,
  now: number,
  onProgress?: BackupProgress,
): AsyncGenerator<string> {
  const counts: BackupCounts = { articles: 0, tags: 0, settings: 0 }
  yield headerLine(now)
  yield* articleLines(database, counts, onProgress)
  const tags = await database.tags.toArray()
  counts.tags = tags.length
  yield tags.map((value) => recordLine({ type: 'tag', value })).join('')
  const settings = await database.settings.toArray()
  counts.settings = settings.length
  yield settings
    .map(({ key, value }) => recordLine({ type: 'setting', value: { key, value } }))
    .join('')
  yield endLine(counts)
}

/** The backup as UTF-8 chunks, in order; concatenated they are the file. */
export async function* exportArchive(
  database: ArchiveDatabase,
  now = Date.now(),
  onProgress?: BackupProgress,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder()
  let pending = ''
  for await (const text of backupText(database, now, onProgress)) {
    pending += text
    if (pending.length >= CHUNK_CHARS) {
      yield encoder.encode(pending)
      pending = ''
    }
  }
  if (pending !== '') yield encoder.encode(pending)
}

/** The whole backup as one Blob (for a download, or `blob.stream()` to main). */
export async function exportArchiveBlob(
  database: ArchiveDatabase,
  now = Date.now(),
): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = []
  for await (const chunk of exportArchive(database, now)) parts.push(new Uint8Array(chunk))
  return new Blob(parts, { type: BACKUP_MEDIA_TYPE })
}
