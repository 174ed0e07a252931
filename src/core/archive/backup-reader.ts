// Reads a backup from text chunks as they arrive (a file's stream, decoded), line by line, handing
// back the records each chunk completed, so a restore of any size holds only what it is writing.
// The file is still checked whole: header first, every record valid, an end line whose counts
// match what was read — the restore that wrote the records undoes them when the end is wrong.
import {
  BackupFormatError,
  maxBackupLineLength,
  parseHeader,
  parseRecordLine,
} from './backup-format'
import type { BackupCounts, BackupHeader, BackupRecord } from './backup-format'

export interface BackupEnd {
  header: BackupHeader
  counts: BackupCounts
  /** Records the last line held (a file without a final newline). */
  records: BackupRecord[]
}

export class BackupReader {
  /** The line being read, in the pieces it arrived in: joined once, when its end arrives. */
  #pending: string[] = []
  #pendingLength = 0
  #line = 0
  #header: BackupHeader | null = null
  #end: BackupCounts | null = null
  readonly #counts: BackupCounts = { articles: 0, tags: 0, settings: 0 }

  /** The header, once the first line has been read. */
  get header(): BackupHeader | null {
    return this.#header
  }

  /** Linear in the text: each chunk is scanned once, each line joined once. */
  push(chunk: string): BackupRecord[] {
    const records: BackupRecord[] = []
    let start = 0
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      this.#hold(chunk.slice(start, end))
      this.#take(this.#release(), records)
      start = end + 1
    }
    this.#hold(start === 0 ? chunk : chunk.slice(start))
    return records
  }

  finish(): BackupEnd {
    const records: BackupRecord[] = []
    // A last line without its newline that does not parse was cut off, not tampered with.
    const last = this.#release()
    if (last !== '') {
      try {
        this.#take(last, records)
      } catch (error) {
        if (error instanceof BackupFormatError && error.code === 'badRecord') {
          throw new BackupFormatError('truncated', error.line)
        }
        throw error
      }
    }
    const header = this.#header
    const end = this.#end
    const counts = this.#counts
    if (header === null) throw new BackupFormatError('notBackup', 1)
    if (
      end === null ||
      end.articles !== counts.articles ||
      end.tags !== counts.tags ||
      end.settings !== counts.settings
    ) {
      throw new BackupFormatError('truncated', this.#line)
    }
    return { header, counts, records }
  }

  #hold(piece: string): void {
    if (piece === '') return
    this.#pendingLength += piece.length
    if (this.#pendingLength > maxBackupLineLength) {
      throw new BackupFormatError('lineTooLong', this.#line + 1)
    }
    this.#pending.push(piece)
  }

  #release(): string {
    const line = this.#pending.join('')
    this.#pending = []
    this.#pendingLength = 0
    return line
  }

  #take(raw: string, records: BackupRecord[]): void {
    this.#line++
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '') return
    if (this.#header === null) {
      this.#header = parseHeader(line)
      return
    }
    if (this.#end !== null) throw new BackupFormatError('badRecord', this.#line)
    const record = parseRecordLine(line, this.#line)
    if (record.type === 'end') {
      this.#end = record.counts
      return
    }
    const kind =
      record.type === 'article' ? 'articles' : record.type === 'tag' ? 'tags' : 'settings'
    this.#counts[kind]++
    records.push(record)
  }
}
