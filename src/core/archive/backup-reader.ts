// Reads a backup from text chunks as they arrive (a File's stream, decoded), line by line, and
// checks it whole before anything is restored: header first, every record valid, an end line
// whose counts match.
import type { Article } from '../../shared/article'
import type { TagRecord } from '../tags/record'
import { BackupFormatError, parseHeader, parseRecordLine } from './backup-format'
import type { BackupCounts, BackupHeader, SettingEntry } from './backup-format'

export interface BackupContents {
  header: BackupHeader
  articles: Article[]
  tags: TagRecord[]
  settings: SettingEntry[]
}

export class BackupReader {
  #pending = ''
  #line = 0
  #header: BackupHeader | null = null
  #end: BackupCounts | null = null
  readonly #articles: Article[] = []
  readonly #tags: TagRecord[] = []
  readonly #settings: SettingEntry[] = []

  push(chunk: string): void {
    const lines = (this.#pending + chunk).split('\n')
    this.#pending = lines.pop() ?? ''
    for (const line of lines) this.#take(line)
  }

  finish(): BackupContents {
    // A last line without its newline that does not parse was cut off, not tampered with.
    if (this.#pending !== '') {
      try {
        this.#take(this.#pending)
      } catch (error) {
        if (error instanceof BackupFormatError && error.code === 'badRecord') {
          throw new BackupFormatError('truncated', error.line)
        }
        throw error
      }
    }
    this.#pending = ''
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

/** Convenience for whole texts (tests, small files). */
export function readBackupText(text: string): BackupContents {
  const reader = new BackupReader()
  reader.push(text)
  return reader.finish()
}
