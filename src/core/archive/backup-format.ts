// The backup file: JSON Lines, UTF-8. A header line, then one line per record, then an end line
// with the counts, so a file cut short (full disk, interrupted copy) is recognised and refused
// instead of half-restored. Every line is checked against the schema: a colleague's file is
// untrusted input. The search index is not in the file: it is rebuilt from the articles.
//
//   {"type":"header","format":"newsroom-archive-backup","version":1,"createdAt":1718000000000}
//   {"type":"article","value":{...Article}}
//   {"type":"tag","value":{"name":"地区/湖北","color":"#c03030","createdAt":…,"updatedAt":…}}
//   {"type":"setting","value":{"key":"…","value":…}}
//   {"type":"end","counts":{"articles":1,"tags":1,"settings":1}}
import { z } from 'zod'
import type { Article } from '../../shared/article'
import { isoDatePattern } from '../../shared/dates'
import { mergeFields } from '../../shared/article'
import type { FieldConflict } from '../../shared/article'
import { highlightColours } from '../../shared/note'
import { NOTE_TEXT_MAX, NOTES_STORED_MAX, QUOTE_MAX } from '../notes/notes'
import type { TagRecord } from '../tags/record'

export const BACKUP_FORMAT = 'newsroom-archive-backup'
/** 2: articles may carry the base they were corrected from and the conflicts kept; 3: and their
 * notes. Files of earlier versions read the same (the fields are not there). An app that knows
 * only an earlier version refuses a later one by name. */
export const BACKUP_VERSION = 3
export const BACKUP_MEDIA_TYPE = 'application/x-ndjson'
export const BACKUP_EXTENSION = 'newsroom-backup.jsonl'

export interface SettingEntry {
  key: string
  value: unknown
}

export interface BackupCounts {
  articles: number
  tags: number
  settings: number
}

const text = z.string().max(1_000_000)
const nullableText = text.nullable()
const time = z.number()

/** The fields a merge compares (shared/article.ts mergeFields), checked the same everywhere. */
const fieldsShape = {
  kind: z.enum(['article', 'photo']),
  kicker: nullableText,
  title: nullableText,
  // Absent in backups written before derived titles and source lines were kept.
  derivedTitle: nullableText.default(null),
  subtitle: nullableText,
  byline: nullableText,
  authors: z.array(text).max(200),
  imageCredits: z.array(text).max(200),
  blocks: z.array(z.strictObject({ type: z.enum(['paragraph', 'subhead']), text })).max(20_000),
  continuation: z
    .strictObject({ from: z.number().int().nullable(), to: z.number().int().nullable() })
    .nullable(),
  paper: nullableText,
  date: z.string().regex(isoDatePattern).nullable(),
  page: z.number().int().nullable(),
  section: nullableText,
}

const fieldsSchema = z.strictObject(fieldsShape)

/** A kept other version: its value must be a valid value of its field. */
const conflictSchema = z
  .strictObject({
    field: z.enum(mergeFields),
    theirs: z.json(),
    from: z.string().max(1000),
    at: time,
  })
  .refine((conflict) => fieldsShape[conflict.field].safeParse(conflict.theirs).success)
  .transform((conflict) => conflict as FieldConflict)

const noteSchema = z.strictObject({
  id: z.string().min(1).max(100),
  anchor: z
    .strictObject({
      quote: z.string().min(1).max(QUOTE_MAX),
      prefix: z.string().max(200),
      suffix: z.string().max(200),
      start: z.number().int().min(0),
    })
    .nullable(),
  colour: z.enum(highlightColours),
  text: z.string().max(NOTE_TEXT_MAX),
  createdAt: time,
  updatedAt: time,
  detached: z.literal(true).optional(),
})

const articleSchema = z.strictObject({
  id: z.string().min(1).max(200),
  ...fieldsShape,
  sourceLines: z
    .strictObject({ first: z.number().int(), last: z.number().int() })
    .nullable()
    .default(null),
  // Names are normalised on restore: a colleague's odd spelling is cleaned, not refused.
  tags: z.array(z.string().max(200)).max(10_000),
  source: z.strictObject({ file: text, encoding: z.string().max(100), offset: z.number().int() }),
  importedAt: time,
  updatedAt: time,
  // Absent while the article is as imported, or in backups written before merges kept it.
  base: fieldsSchema.optional(),
  conflicts: z.array(conflictSchema).max(100).optional(),
  conflicted: z.literal(1).optional(),
  notes: z
    .array(noteSchema)
    .min(1)
    .max(NOTES_STORED_MAX)
    .refine((notes) => new Set(notes.map((note) => note.id)).size === notes.length)
    .optional(),
})

const tagSchema = z.strictObject({
  name: z.string().min(1).max(200),
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/u)
    .nullable(),
  createdAt: time,
  updatedAt: time,
})

const settingSchema = z.strictObject({ key: z.string().min(1).max(200), value: z.json() })
const countsSchema = z.strictObject({
  articles: z.number().int().min(0),
  tags: z.number().int().min(0),
  settings: z.number().int().min(0),
})

const headerSchema = z.object({
  type: z.literal('header'),
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  createdAt: time,
})

const valueRecords = [
  z.strictObject({ type: z.literal('article'), value: articleSchema }),
  z.strictObject({ type: z.literal('tag'), value: tagSchema }),
  z.strictObject({ type: z.literal('setting'), value: settingSchema }),
] as const
const valueRecordSchema = z.discriminatedUnion('type', [...valueRecords])
const recordSchema = z.discriminatedUnion('type', [
  ...valueRecords,
  z.strictObject({ type: z.literal('end'), counts: countsSchema }),
])

export type BackupRecord =
  | { type: 'article'; value: Article }
  | { type: 'tag'; value: TagRecord }
  | { type: 'setting'; value: SettingEntry }

export interface BackupHeader {
  createdAt: number
  version: number
}

export function headerLine(createdAt: number): string {
  return `${JSON.stringify({ type: 'header', format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt })}\n`
}

export function recordLine(record: BackupRecord): string {
  return `${JSON.stringify(record)}\n`
}

export function endLine(counts: BackupCounts): string {
  return `${JSON.stringify({ type: 'end', counts })}\n`
}

/**
 * The longest line a backup may hold, in UTF-16 units. Generous: a record is one article, and a
 * newspaper article is a few thousand characters; a file with a longer line is no backup and is
 * refused as soon as the line passes this length, before it is held whole.
 */
export const maxBackupLineLength = 16 * 1024 * 1024

export type BackupErrorCode =
  'notBackup' | 'newerVersion' | 'badRecord' | 'truncated' | 'lineTooLong'

/** A backup that cannot be restored; `line` is 1-based. Messages live in the locale file. */
export class BackupFormatError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly line: number | null = null,
  ) {
    super(line === null ? code : `${code} (line ${line})`)
    this.name = 'BackupFormatError'
  }
}

function parseJson(line: string, number: number): unknown {
  try {
    return JSON.parse(line) as unknown
  } catch {
    throw new BackupFormatError(number === 1 ? 'notBackup' : 'badRecord', number)
  }
}

export function parseHeader(line: string): BackupHeader {
  const parsed = headerSchema.safeParse(parseJson(line.replace(/^\uFEFF/u, ''), 1))
  if (!parsed.success) throw new BackupFormatError('notBackup', 1)
  if (parsed.data.version > BACKUP_VERSION) throw new BackupFormatError('newerVersion', 1)
  return { createdAt: parsed.data.createdAt, version: parsed.data.version }
}

/** A record from anywhere untrusted (a colleague's file, a server), checked like a backup line;
 * null when it is not one. */
export function parseRecord(value: unknown): BackupRecord | null {
  const parsed = valueRecordSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

export type ParsedLine = BackupRecord | { type: 'end'; counts: BackupCounts }

export function parseRecordLine(line: string, number: number): ParsedLine {
  const parsed = recordSchema.safeParse(parseJson(line, number))
  if (!parsed.success) throw new BackupFormatError('badRecord', number)
  return parsed.data
}
