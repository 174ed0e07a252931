// Restoring a backup into an archive, empty or not, is a merge; importing a colleague's export
// is the same operation. Ids are stable (derived from the text), so the same story is the same
// record on every machine:
// - an article not here is added as it is;
// - an article here in both: the version edited last (`updatedAt`) wins, tags of both are kept,
//   and the earliest `importedAt` stays; restoring the same file twice changes nothing;
// - a tag not here is added; for a tag in both the colour changed last wins;
// - a setting is taken only when this archive has none under that key, and never for the
//   settings that describe this machine (when it was last backed up, what was snoozed); a key
//   the file names twice counts once, with its last value.
// Nothing is deleted: an article deleted here since the backup comes back, as a restore should.
import type { Article } from '../../shared/article'
import type { TagRecord } from '../tags/record'
import type { SettingEntry } from './backup-format'

export type MergeAction = 'add' | 'update' | 'same'

/** Settings that belong to this machine and are never taken from a backup. */
export const localSettingKeys: ReadonlySet<string> = new Set([
  'backup.lastBackupAt',
  'backup.snoozedUntil',
])

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

export function mergeArticle(
  local: Article | undefined,
  incoming: Article,
): { article: Article; action: MergeAction } {
  if (local === undefined) return { article: incoming, action: 'add' }
  const winner = incoming.updatedAt > local.updatedAt ? incoming : local
  const article: Article = {
    ...winner,
    tags: [...new Set([...winner.tags, ...local.tags, ...incoming.tags])],
    importedAt: Math.min(local.importedAt, incoming.importedAt),
  }
  return { article, action: sameJson(article, local) ? 'same' : 'update' }
}

export function mergeTag(
  local: TagRecord | undefined,
  incoming: TagRecord,
): { tag: TagRecord; action: MergeAction } {
  if (local === undefined) return { tag: incoming, action: 'add' }
  const winner = incoming.updatedAt > local.updatedAt ? incoming : local
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
  articles: Iterable<Article>,
  known: ReadonlySet<string>,
  now: number,
): TagRecord[] {
  const missing = new Map<string, TagRecord>()
  for (const article of articles) {
    for (const name of article.tags) {
      if (!known.has(name) && !missing.has(name)) {
        missing.set(name, { name, color: null, createdAt: now, updatedAt: now })
      }
    }
  }
  return [...missing.values()]
}
