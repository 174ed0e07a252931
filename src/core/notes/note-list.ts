// Every note of the archive as one list: newest first, narrowed by what the user types (in the
// note, its quote or the article's headline; simplified and traditional alike).
import type { Article } from '../../shared/article'
import type { ArticleNote } from '../../shared/note'
import { displayTitle } from '../../shared/article'
import { normalize } from '../search/normalize'
import { notesOf } from './notes'

export interface ListedNote {
  note: ArticleNote
  article: Article
}

export function listNotes(articles: readonly Article[], filter: string): ListedNote[] {
  const wanted = normalize(filter)
  const listed: ListedNote[] = []
  for (const article of articles) {
    const title = displayTitle(article).text
    for (const note of notesOf(article)) {
      const fields = [note.text, note.anchor?.quote ?? '', title]
      if (wanted === '' || fields.some((field) => normalize(field).includes(wanted)))
        listed.push({ note, article })
    }
  }
  return listed.sort((a, b) => b.note.updatedAt - a.note.updatedAt)
}
