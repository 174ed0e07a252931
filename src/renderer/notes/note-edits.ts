// Adding, changing and removing notes, each one undoable step of the archive's history (the
// article is rewritten with its notes; the search index follows from the announcement).
import type { ArticleNote } from '../../shared/note'
import { addNote, removeNote, updateNote } from '../../core/notes/notes'
import type { NewNote, NoteResult } from '../../core/notes/notes'
import type { ArticleChangeKind } from '../../core/archive/change'
import type { Article } from '../../shared/article'
import { EditRefused, mustGet, runEdit } from '../archive/article-edits'
import type { EditOutcome } from '../archive/article-edits'
import type { ArchiveHistory } from '../archive/archive-history'

function noteEdit(
  history: ArchiveHistory,
  articleId: string,
  kind: ArticleChangeKind,
  edit: (article: Article) => NoteResult,
): Promise<EditOutcome> {
  return runEdit(history, async (database) => {
    const before = await mustGet(database, articleId)
    const result = edit(before)
    if (!result.ok) throw new EditRefused(result.error)
    if (result.article === before) return null
    return { kind, before: [before], after: [result.article] }
  })
}

/** A new note's id, chosen by the caller so it can open the note it just made. */
export const newNoteId = (): string => crypto.randomUUID()

export function addArticleNote(
  history: ArchiveHistory,
  articleId: string,
  note: Omit<NewNote, 'now'>,
): Promise<EditOutcome> {
  const full = { ...note, now: Date.now() }
  return noteEdit(history, articleId, 'addNote', (article) => addNote(article, full))
}

export function updateArticleNote(
  history: ArchiveHistory,
  articleId: string,
  noteId: string,
  patch: Partial<Pick<ArticleNote, 'text' | 'colour'>>,
): Promise<EditOutcome> {
  return noteEdit(history, articleId, 'editNote', (article) =>
    updateNote(article, noteId, patch, Date.now()),
  )
}

export function removeArticleNote(
  history: ArchiveHistory,
  articleId: string,
  noteId: string,
): Promise<EditOutcome> {
  return noteEdit(history, articleId, 'removeNote', (article) =>
    removeNote(article, noteId, Date.now()),
  )
}
