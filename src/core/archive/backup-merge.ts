// Restoring a backup into an archive, empty or not, is a merge; importing a colleague's export
// is the same operation. Ids are stable (derived from the text as imported), so the same story is
// the same record on every machine, and both sides descend from one version: the article as
// imported (`base`, or the article itself while uncorrected). Field by field:
// - changed on one side only: that side's value;
// - changed on both sides to the same value: that value;
// - changed on both sides differently: this archive's value stays, the other is kept beside it as
//   a conflict for the user to choose — never overwritten silently;
// - the text itself (blocks) is never replaced from a file: a different text is a conflict.
// Tags and notes of both sides are kept; the earliest `importedAt` stays. Times from a file are trusted only
// up to the file's own export time and now. Tags and settings: see mergeTag and takesSetting.
// Nothing is deleted: an article deleted here since the backup comes back, as a restore should.
import { fieldsOf, mergeFields } from '../../shared/article'
import type { Article, ArticleFields, FieldConflict, MergeField } from '../../shared/article'
import { mergeNotes, notesOf } from '../notes/notes'
import type { TagRecord } from '../tags/record'
import type { SettingEntry } from './backup-format'
import { sameJson } from '../../shared/hash'

export type MergeAction = 'add' | 'update' | 'same' | 'conflict'

/** Settings that belong to this machine and are never taken from a backup. */
export const localSettingKeys: ReadonlySet<string> = new Set([
  'backup.lastBackupAt',
  'backup.snoozedUntil',
])

/** What a file's times may be believed up to. */
export interface MergeContext {
  /** The file's own export time (its header). */
  fileCreatedAt: number
  now: number
  /** The file's name, for conflicts. */
  from: string
}

/** A time from a file, no later than the file says it was written nor than now. */
export function trustedTime(time: number, context: MergeContext): number {
  return Math.min(time, context.fileCreatedAt, context.now)
}

export function isUntrustedTime(time: number, context: MergeContext): boolean {
  return time > context.fileCreatedAt || time > context.now
}

/** The version both sides descend from. */
export const baseOf = (article: Article): ArticleFields => article.base ?? fieldsOf(article)

interface FieldMerge {
  value: ArticleFields[MergeField]
  conflict: boolean
}

function mergeField(
  field: MergeField,
  local: Article,
  incoming: Article,
  base: ArticleFields,
): FieldMerge {
  const mine = local[field]
  const theirs = incoming[field]
  if (sameJson(mine, theirs) || sameJson(theirs, base[field]))
    return { value: mine, conflict: false }
  if (sameJson(mine, base[field]) && field !== 'blocks') return { value: theirs, conflict: false }
  return { value: mine, conflict: true }
}

function addConflicts(
  existing: readonly FieldConflict[],
  added: readonly FieldConflict[],
): FieldConflict[] {
  const all = [...existing]
  for (const conflict of added) {
    const known = all.some((c) => c.field === conflict.field && sameJson(c.theirs, conflict.theirs))
    if (!known) all.push(conflict)
  }
  return all
}

export interface ArticleMerge {
  article: Article
  action: MergeAction
  /** The file's time was later than the file itself or than now: it was not believed. */
  untrusted: boolean
}

export function mergeArticle(
  local: Article | undefined,
  incoming: Article,
  context: MergeContext,
): ArticleMerge {
  const untrusted = isUntrustedTime(incoming.updatedAt, context)
  if (local === undefined) {
    const updatedAt = trustedTime(incoming.updatedAt, context)
    const importedAt = Math.min(incoming.importedAt, updatedAt)
    const trusted = { ...incoming, updatedAt, importedAt }
    const notes = mergeNotes([], notesOf(incoming), (t) => trustedTime(t, context))
    return { article: notes.length > 0 ? { ...trusted, notes } : trusted, action: 'add', untrusted }
  }
  const base = baseOf(local)
  const merged: Article = { ...local }
  const conflicts: FieldConflict[] = []
  const fields = merged as unknown as Record<MergeField, unknown>
  for (const field of mergeFields) {
    const { value, conflict } = mergeField(field, local, incoming, base)
    fields[field] = value
    if (conflict)
      conflicts.push({ field, theirs: incoming[field], from: context.from, at: context.now })
  }
  merged.tags = [...new Set([...local.tags, ...incoming.tags])]
  const notes = mergeNotes(notesOf(local), notesOf(incoming), (t) => trustedTime(t, context))
  if (notes.length > 0) merged.notes = notes
  merged.importedAt = Math.min(local.importedAt, incoming.importedAt)
  const allConflicts = addConflicts(local.conflicts ?? [], conflicts)
  if (allConflicts.length > 0) {
    merged.conflicts = allConflicts
    merged.conflicted = 1
  }
  const changedFields = mergeFields.some((field) => !sameJson(merged[field], local[field]))
  if (changedFields) merged.base = base
  if (changedFields || !sameJson(merged.notes, local.notes)) {
    merged.updatedAt = Math.max(local.updatedAt, trustedTime(incoming.updatedAt, context))
  }
  if (sameJson(merged, local)) return { article: local, action: 'same', untrusted }
  const action = allConflicts.length > (local.conflicts?.length ?? 0) ? 'conflict' : 'update'
  return { article: merged, action, untrusted }
}

export function mergeTag(
  local: TagRecord | undefined,
  incoming: TagRecord,
  context: MergeContext,
): { tag: TagRecord; action: MergeAction } {
  const trusted = { ...incoming, updatedAt: trustedTime(incoming.updatedAt, context) }
  if (local === undefined) return { tag: trusted, action: 'add' }
  const winner = trusted.updatedAt > local.updatedAt ? trusted : local
  const tag: TagRecord = { ...winner, createdAt: Math.min(local.createdAt, incoming.createdAt) }
  return { tag, action: sameJson(tag, local) ? 'same' : 'update' }
}

/**
 * One entry per key, the last one winning, like articles and tags: a valid file may repeat a key
 * (a colleague's hand-edited or concatenated export), and writing both would fail the restore.
 */
export function latestSettings(entries: readonly SettingEntry[]): SettingEntry[] {
  return [...new Map(entries.map((entry) => [entry.key, entry])).values()]
}

export function takesSetting(localExists: boolean, incoming: SettingEntry): boolean {
  return !localExists && !localSettingKeys.has(incoming.key)
}

/** Tags that articles carry but the backup has no record for get one, so the tree shows them. */
export function missingTagRecords(
  names: Iterable<string>,
  known: ReadonlySet<string>,
  now: number,
): TagRecord[] {
  const missing = new Map<string, TagRecord>()
  for (const name of names) {
    if (!known.has(name) && !missing.has(name)) {
      missing.set(name, { name, color: null, createdAt: now, updatedAt: now })
    }
  }
  return [...missing.values()]
}
