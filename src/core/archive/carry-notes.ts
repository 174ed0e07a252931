// A change's notes placed in the text it leaves (an edit, a merge, a split, a duplicate folded
// in): every change the history runs passes through here, so no operation can drop a note.
import type { ArticleNote } from '../../shared/note'
import { readingText } from '../notes/anchor'
import { detachedNote, notesOf, reattached, withNotes } from '../notes/notes'
import type { ArticleChange } from './change'

/** The article (by index) whose text holds the note's words, its own first: in their old
 * context anywhere before the same words in another context (after a split, a highlighted
 * 记者 stays with the paragraph it was in, not with another 记者 in the owner). */
function homeOf(
  note: ArticleNote,
  own: number,
  texts: readonly string[],
): { index: number; note: ArticleNote } {
  for (const strict of [true, false]) {
    for (const index of [own, ...texts.keys()]) {
      const attached = reattached(note, texts[index] ?? '', strict)
      if (attached !== null) return { index, note: attached }
    }
  }
  return { index: own, note: detachedNote(note) }
}

/**
 * The change with its notes placed in the text it leaves. The notes an article leaves with are
 * its own (a note edit changes them); an article the change removes (merged, split, a duplicate
 * let go) hands its notes on. Each highlight goes to the article whose text still holds its
 * words (its owner first); a note whose words are gone is kept as detached; a note on a whole
 * article stays with its owner, else the first article left. A change that leaves no article (a
 * delete) takes its notes along; undo brings them back with it.
 */
export function carryNotes(change: ArticleChange): ArticleChange {
  if (change.after.length === 0) return change
  const kept = new Set(change.after.map((article) => article.id))
  const owned = [
    ...change.after.map((article, index) => ({ article, index })),
    ...change.before
      .filter((article) => !kept.has(article.id))
      .map((article) => ({ article, index: 0 })),
  ].flatMap(({ article, index }) => notesOf(article).map((note) => ({ note, own: index })))
  if (owned.length === 0) return change
  const texts = change.after.map((article) => readingText(article).text)
  const carried = change.after.map((): ArticleNote[] => [])
  const seen = new Set<string>()
  for (const { note, own } of owned) {
    if (seen.has(note.id)) continue
    seen.add(note.id)
    const found = homeOf(note, own, texts)
    carried[found.index]?.push(found.note)
  }
  const after = change.after.map((article, index) => withNotes(article, carried[index] ?? []))
  return { ...change, after }
}
