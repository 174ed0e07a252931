// Reads a backup from text chunks as they arrive (a File's stream, decoded), line by line, and
// checks it whole before anything is restored: header first, every record valid, an end line
// whose counts match.
import type { Article } from '../../shared/article'
import type { TagRecord } from '../tags/record'
import {
  BackupFormatError,
  maxBackupLineLength,
  parseHeader,
  parseRecordLine,
} from './backup-format'
import type { BackupCounts, BackupHeader, SettingEntry } from './backup-format'

export interface BackupContents {
  header: BackupHeader
  articles: Article[]
  tags: TagRecord[]
  settings: SettingEntry[]
}

export class BackupReader {
  /** The line being read, in the pieces it arrived in: joined once, when its end arrives. */
  #pending: string[] = []
  #pendingLength = 0
  #line = 0
  #header: BackupHeader | null = null
  #end: BackupCounts | null = null
  readonly #articles: Article[] = []
  readonly #tags: TagRecord[] = []
  readonly #settings: SettingEntry[] = []

  /** Linear in the text: each chunk is scanned once, each line joined once. */
  push(chunk: string): void {
    let start = 0
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      this.#hold(chunk.slice(start, end))
      this.#take(this.#release())
      start = end + 1
    }
    this.#hold(start === 0 ? chunk : chunk.slice(start))
  }

  finish(): BackupContents {
    // A last line without its newline that does not parse was cut off, not tampered with.
    const last = this.#release()
    if (last !== '') {
      try {
        this.#take(last)
      } catch (error) {
        if (error instanceof BackupFormatError && error.code === 'badRecord') {
          throw new BackupFormatError('truncated', error.line)
        }
        throw error
      }
    }
    const header = this.#header
    const end = this.#end
    if (header === null) throw new BackupFormatError('notBackup', 1)
    const counts = {
      articles: this.#articles.length,
      tags: this.#tags.length,
      settings: this.#settings.length,
    }
    if (
      end === null ||
      end.articles !== counts.articles ||
      end.tags !== counts.tags ||
      end.settings !== counts.settings
    ) {
      throw new BackupFormatError('truncated', this.#line)
    }
    return { header, articles: this.#articles, tags: this.#tags, settings: this.#settings }
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

  #take(raw: string): void {
    this.#line++
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '') return
    if (this.#header === null) {
      this.#header = parseHeader(line)
      return
    }
    if (this.#end !== null) throw new BackupFormatError('badRecord', this.#line)
    const record = parseRecordLine(line, this.#line)
    if (record.type === 'end') this.#end = record.counts
    else if (record.type === 'article') this.#articles.push(record.value)
    else if (record.type === 'tag') this.#tags.push(record.value)
    else this.#settings.push(record.value)
  }
}
