// Notes and highlights a correspondent keeps on an article. They live on the article record, so
// a backup, an undo, a merge or a split carries them with the text they point at.

export const highlightColours = ['yellow', 'green', 'blue', 'pink'] as const
export type HighlightColour = (typeof highlightColours)[number]

/**
 * Where a highlight stands, the way annotation tools do it (W3C TextQuoteSelector plus a
 * position hint): the quoted text with a little of what comes before and after, in the
 * article's reading text (shared by core/notes/anchor.ts). Offsets alone would point at the
 * wrong words after a correction; the quote and its context find them again.
 */
export interface TextAnchor {
  quote: string
  prefix: string
  suffix: string
  /** Where the quote started when the anchor was last placed: a hint among repeats. */
  start: number
}

export interface ArticleNote {
  id: string
  /** The highlighted text; null for a note on the whole article. */
  anchor: TextAnchor | null
  colour: HighlightColour
  /** What the correspondent wrote; empty for a bare highlight. */
  text: string
  createdAt: number
  updatedAt: number
  /** Set when an edit removed the quoted words: the note is kept and shown apart until undo
   * brings the words back or the user deletes it. */
  detached?: true
}
