// Data for the duplicates view: groups of the same story, minus the pairs the user said are
// different stories, and the keep / merge decision as an undoable change. Finding runs in a
// worker (about 4 s of CPU for 20,000 articles).
import type { Article } from '../../shared/article'
import { bodyText } from '../../shared/article'
import type { ArticleChange } from '../../core/archive/change'
import { resolveDuplicates } from '../../core/archive/duplicate-decision'
import type { DuplicateDecision } from '../../core/archive/duplicate-decision'
import { groupDuplicates, pairKey } from '../../core/archive/duplicates'
import type { DuplicateGroup } from '../../core/archive/duplicates'
import type { ArchiveDatabase } from '../db/database'
import { readStringListSetting, settingKeys, writeSetting } from '../db/settings'
import { writeChange } from '../archive/apply-change'
import { carryNotes } from '../../core/archive/carry-notes'
import { findDuplicatePairsOffThread } from './find-duplicates'
import type { ArchiveHistory } from '../archive/archive-history'

export interface DuplicateGroupView extends DuplicateGroup {
  articles: Article[]
}

async function dismissed(database: ArchiveDatabase): Promise<Set<string>> {
  return new Set(await readStringListSetting(database, settingKeys.dismissedDuplicates))
}

/** `signal`: the view closed; the worker stops and the promise rejects with an AbortError. */
export async function loadDuplicateGroups(
  database: ArchiveDatabase,
  signal?: AbortSignal,
): Promise<DuplicateGroupView[]> {
  const articles = await database.articles.toArray()
  const inputs = articles.map((a) => ({ id: a.id, text: bodyText(a), date: a.date }))
  const skip = await dismissed(database)
  const found = await findDuplicatePairsOffThread(inputs, signal)
  const pairs = found.filter((pair) => !skip.has(pairKey(pair.a, pair.b)))
  const byId = new Map(articles.map((article) => [article.id, article]))
  return groupDuplicates(inputs, pairs).map((group) => ({
    ...group,
    articles: group.ids.flatMap((id) => byId.get(id) ?? []),
  }))
}

/** “These are different stories”: the pairs of the group are not offered again. */
export async function dismissDuplicateGroup(
  database: ArchiveDatabase,
  group: DuplicateGroup,
): Promise<void> {
  await database.transaction('rw', database.settings, async () => {
    const keys = await dismissed(database)
    for (const pair of group.pairs) keys.add(pairKey(pair.a, pair.b))
    await writeSetting(database, settingKeys.dismissedDuplicates, [...keys])
  })
}

/** Keeps one article of the group (undoable); `merge` also fills in what it lacks. */
export function resolveDuplicateGroup(
  history: ArchiveHistory,
  ids: readonly string[],
  keepId: string,
  decision: DuplicateDecision,
  now = Date.now(),
): Promise<ArticleChange | null> {
  const database = history.database
  return history.run(async () => {
    const group = (await database.articles.bulkGet([...ids])).filter((a) => a !== undefined)
    const resolved = resolveDuplicates(group, keepId, decision, now)
    // The notes of the copies let go stay, on the one kept.
    const change = resolved === null ? null : carryNotes(resolved)
    if (change !== null) await writeChange(database, change, false)
    return change
  })
}
