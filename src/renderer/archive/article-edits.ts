// Corrections with undo: edit headline and metadata, merge with the next article, split at a
// paragraph, give a source line its role, delete. Each reads the articles inside its transaction, so what the change records
// as replaced is exactly what was there.
import type { Article, ArticleFields } from '../../shared/article'
import { resolveConflict, restoreFromSource } from '../../core/archive/conflicts'
import type { ConflictChoice } from '../../core/archive/conflicts'
import type { ArticleChange } from '../../core/archive/change'
import { editArticle } from '../../core/archive/edit'
import type { ArticlePatch, ArticlePatchError } from '../../core/archive/edit'
import { assignLineRole } from '../../core/archive/line-role'
import type { LineRole, LineRoleError } from '../../core/archive/line-role'
import { mergeWithNext, splitArticle } from '../../core/archive/merge-split'
import { carryNotes } from '../../core/archive/carry-notes'
import { notesOf, withNotes } from '../../core/notes/notes'
import type { NoteError } from '../../core/notes/notes'
import type { MergeSplitError } from '../../core/archive/merge-split'
import type { ArchiveDatabase } from '../db/database'
import { writeChange } from './apply-change'
import type { ArchiveHistory } from './archive-history'

export type EditError = ArticlePatchError | MergeSplitError | LineRoleError | NoteError | 'notFound'
export type EditOutcome =
  { ok: true; change: ArticleChange | null } | { ok: false; error: EditError }

export class EditRefused extends Error {
  constructor(readonly code: EditError) {
    super(code)
  }
}

export async function mustGet(database: ArchiveDatabase, id: string): Promise<Article> {
  const article = await database.articles.get(id)
  if (article === undefined) throw new EditRefused('notFound')
  return article
}

/** An article already stored under an id the change creates is replaced, and so recorded. */
async function withDisplaced(
  database: ArchiveDatabase,
  change: ArticleChange,
): Promise<ArticleChange> {
  const known = new Set(change.before.map((article) => article.id))
  const created = change.after.map((article) => article.id).filter((id) => !known.has(id))
  const displaced = (await database.articles.bulkGet(created)).filter((a) => a !== undefined)
  if (displaced.length === 0) return change
  // The article replaced keeps its notes in the one that takes its place.
  const notesById = new Map(displaced.map((article) => [article.id, notesOf(article)]))
  const after = change.after.map((article) => {
    const mine = notesOf(article)
    const known = new Set(mine.map((note) => note.id))
    const theirs = (notesById.get(article.id) ?? []).filter((note) => !known.has(note.id))
    return theirs.length === 0 ? article : withNotes(article, [...mine, ...theirs])
  })
  return { ...change, before: [...change.before, ...displaced], after }
}

/** Runs a change built from what `build` reads, notes carried to the text they mark. */
export async function runEdit(
  history: ArchiveHistory,
  build: (database: ArchiveDatabase) => Promise<ArticleChange | null>,
): Promise<EditOutcome> {
  const database = history.database
  try {
    const change = await history.run(async () => {
      const built = await build(database)
      if (built === null) return null
      const complete = carryNotes(await withDisplaced(database, built))
      await writeChange(database, complete, false)
      return complete
    })
    return { ok: true, change }
  } catch (error) {
    if (error instanceof EditRefused) return { ok: false, error: error.code }
    throw error
  }
}

function unwrap(
  result: { ok: true; change: ArticleChange | null } | { ok: false; error: EditError },
): ArticleChange | null {
  if (!result.ok) throw new EditRefused(result.error)
  return result.change
}

export function editArticleFields(
  history: ArchiveHistory,
  id: string,
  patch: ArticlePatch,
  now = Date.now(),
): Promise<EditOutcome> {
  return runEdit(history, async (database) =>
    unwrap(editArticle(await mustGet(database, id), patch, now)),
  )
}

export function mergeArticleWithNext(
  history: ArchiveHistory,
  id: string,
  nextId: string,
  now = Date.now(),
): Promise<EditOutcome> {
  return runEdit(history, async (database) =>
    unwrap(mergeWithNext(await mustGet(database, id), await mustGet(database, nextId), now)),
  )
}

export function splitArticleAt(
  history: ArchiveHistory,
  id: string,
  blockIndex: number,
  now = Date.now(),
): Promise<EditOutcome> {
  return runEdit(history, async (database) =>
    unwrap(splitArticle(await mustGet(database, id), blockIndex, now)),
  )
}

/** Gives a line of the article's source page its role: headline, kicker, sub-heading, … */
export function assignArticleLineRole(
  history: ArchiveHistory,
  id: string,
  line: string,
  role: LineRole,
  now = Date.now(),
): Promise<EditOutcome> {
  return runEdit(history, async (database) =>
    unwrap(assignLineRole(await mustGet(database, id), line, role, now)),
  )
}

/** Deletes articles (undoable); ids not in the archive are ignored. */
export function deleteArticles(
  history: ArchiveHistory,
  ids: readonly string[],
): Promise<EditOutcome> {
  return runEdit(history, async (database) => {
    const found = (await database.articles.bulkGet([...ids])).filter((a) => a !== undefined)
    return found.length === 0 ? null : { kind: 'delete', before: found, after: [] }
  })
}

/** Settles one conflict of an article: keep this archive's value, or take the other side's. */
export function resolveArticleConflict(
  history: ArchiveHistory,
  id: string,
  index: number,
  choice: ConflictChoice,
  now = Date.now(),
): Promise<EditOutcome> {
  return runEdit(history, async (database) =>
    resolveConflict(await mustGet(database, id), index, choice, now),
  )
}

/** Puts back what the article's source file says (a re-import read it), tags kept. */
export function restoreArticleFromSource(
  history: ArchiveHistory,
  id: string,
  source: ArticleFields,
  now = Date.now(),
): Promise<EditOutcome> {
  return runEdit(history, async (database) =>
    restoreFromSource(await mustGet(database, id), source, now),
  )
}
