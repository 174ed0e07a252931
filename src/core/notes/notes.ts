// Notes on an article: adding, editing and removing them, placing them in its text again after
// the text changed, merging both sides' notes.
import type { Article } from '../../shared/article'
import type { ArticleNote, HighlightColour, TextAnchor } from '../../shared/note'
import { anchorFor, locate, readingText, spanInParts } from './anchor'
import type { ReadingPartKey, TextSpan } from './anchor'

export const NOTE_TEXT_MAX = 20_000
/** Words one highlight may cover. */
export const QUOTE_MAX = 100_000
/** Notes one article takes by hand; merging articles or archives may bring it beyond. */
export const NOTES_PER_ARTICLE_MAX = 1_000
/** Notes an article may hold however they came (a backup is refused beyond). */
export const NOTES_STORED_MAX = 50_000

export function notesOf(article: Pick<Article, 'notes'>): readonly ArticleNote[] {
  return article.notes ?? []
}

/** The article with these notes; the field is left out when there are none. */
export function withNotes(article: Article, notes: readonly ArticleNote[]): Article {
  const { notes: _old, ...rest } = article
  return notes.length === 0 ? rest : { ...rest, notes: [...notes] }
}

export interface NewNote {
  id: string
  /** A span of the article's reading text; null for a note on the whole article. */
  span: TextSpan | null
  colour: HighlightColour
  text: string
  now: number
}

export type NoteError =
  'emptySelection' | 'selectionTooLong' | 'noteTooLong' | 'tooManyNotes' | 'noteNotFound'

export type NoteResult = { ok: true; article: Article } | { ok: false; error: NoteError }

export function addNote(article: Article, note: NewNote): NoteResult {
  const notes = notesOf(article)
  if (notes.length >= NOTES_PER_ARTICLE_MAX) return { ok: false, error: 'tooManyNotes' }
  if (note.text.length > NOTE_TEXT_MAX) return { ok: false, error: 'noteTooLong' }
  let anchor: TextAnchor | null = null
  if (note.span !== null) {
    anchor = anchorFor(readingText(article).text, note.span)
    if (anchor === null) return { ok: false, error: 'emptySelection' }
    if (anchor.quote.length > QUOTE_MAX) return { ok: false, error: 'selectionTooLong' }
  }
  const added: ArticleNote = {
    id: note.id,
    anchor,
    colour: note.colour,
    text: note.text.trim(),
    createdAt: note.now,
    updatedAt: note.now,
  }
  return { ok: true, article: { ...withNotes(article, [...notes, added]), updatedAt: note.now } }
}

/** Unchanged text and colour give the article back as it was (the same object). */
export function updateNote(
  article: Article,
  id: string,
  patch: Partial<Pick<ArticleNote, 'text' | 'colour'>>,
  now: number,
): NoteResult {
  const notes = notesOf(article)
  const note = notes.find((n) => n.id === id)
  if (note === undefined) return { ok: false, error: 'noteNotFound' }
  if (patch.text !== undefined && patch.text.length > NOTE_TEXT_MAX)
    return { ok: false, error: 'noteTooLong' }
  const text = patch.text?.trim() ?? note.text
  const colour = patch.colour ?? note.colour
  if (text === note.text && colour === note.colour) return { ok: true, article }
  const updated: ArticleNote = { ...note, text, colour, updatedAt: now }
  const changed = withNotes(
    article,
    notes.map((n) => (n.id === id ? updated : n)),
  )
  return { ok: true, article: { ...changed, updatedAt: now } }
}

export function removeNote(article: Article, id: string, now: number): NoteResult {
  const notes = notesOf(article)
  if (!notes.some((n) => n.id === id)) return { ok: false, error: 'noteNotFound' }
  const changed = withNotes(
    article,
    notes.filter((n) => n.id !== id),
  )
  return { ok: true, article: { ...changed, updatedAt: now } }
}

/** The note placed again in `text`: its anchor follows its words; null when they are gone (a
 * note on the whole article is always placed). `strict`: only in the words' old context. */
export function reattached(note: ArticleNote, text: string, strict = false): ArticleNote | null {
  if (note.anchor === null) return note
  const span = locate(text, note.anchor, strict)
  if (span === null) return null
  const anchor = anchorFor(text, span)
  if (anchor === null) return null
  const { detached: _detached, ...attached } = note
  return { ...attached, anchor }
}

/** The note kept without its words, for the user to see apart. */
export function detachedNote(note: ArticleNote): ArticleNote {
  return note.anchor === null ? note : { ...note, detached: true }
}

/**
 * Both sides' notes, none lost: a note known to one side only is kept, a note both sides have
 * is taken from the side that changed it last (`trusted` caps the other side's times).
 */
export function mergeNotes(
  local: readonly ArticleNote[],
  incoming: readonly ArticleNote[],
  trusted: (time: number) => number,
): ArticleNote[] {
  const merged = new Map(local.map((note) => [note.id, note]))
  for (const note of incoming) {
    const mine = merged.get(note.id)
    const theirs = { ...note, updatedAt: trusted(note.updatedAt) }
    if (mine === undefined || theirs.updatedAt > mine.updatedAt) merged.set(note.id, theirs)
  }
  return [...merged.values()]
}

export interface PlacedHighlight {
  id: string
  colour: HighlightColour
  start: number
  end: number
}

/** Where each attached highlight of the article is, per part of its reading text, for drawing;
 * the notes whose words cannot be found are listed apart. */
export function placeHighlights(article: Article): {
  byPart: Map<ReadingPartKey, PlacedHighlight[]>
  detached: ArticleNote[]
} {
  const reading = readingText(article)
  const byPart = new Map<ReadingPartKey, PlacedHighlight[]>()
  const detached: ArticleNote[] = []
  for (const note of notesOf(article)) {
    if (note.anchor === null) continue
    const span = note.detached === true ? null : locate(reading.text, note.anchor)
    if (span === null) {
      detached.push(note)
      continue
    }
    for (const piece of spanInParts(reading.parts, span)) {
      const list = byPart.get(piece.key) ?? []
      list.push({ id: note.id, colour: note.colour, start: piece.start, end: piece.end })
      byPart.set(piece.key, list)
    }
  }
  for (const list of byPart.values()) list.sort((a, b) => a.start - b.start)
  return { byPart, detached }
}

/** A note as one line of text: the highlighted words in 「」, then what was written. */
export function noteLine(note: ArticleNote): string {
  return [note.anchor === null ? '' : `「${note.anchor.quote}」`, note.text].join(' ').trim()
}
