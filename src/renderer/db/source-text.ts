// The page text of imported files, kept deflated in the archive (a page of 30,000 characters
// takes about a fifth of that), and read back for the source view.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate'
import type { ImportedSource } from '../../shared/api/contract'
import type { ArchiveDatabase, SourceRecord } from './database'

export function packSource(source: ImportedSource, now: number): SourceRecord {
  return {
    file: source.file,
    text: deflateSync(strToU8(source.text), { level: 6 }),
    chars: source.text.length,
    importedAt: now,
  }
}

/** The lines of a file's page as it was imported, or null when none was kept (older imports). */
export async function readSourceLines(
  database: ArchiveDatabase,
  file: string,
): Promise<string[] | null> {
  const record = await database.sources.get(file)
  return record === undefined ? null : strFromU8(inflateSync(record.text)).split('\n')
}
