// What the reader adds for notes: the highlight bar beside selected words, the notes below.
import type { Article } from '../../shared/article'
import type { ArchiveHistory } from '../archive/archive-history'
import { HighlightBar } from './HighlightBar'
import { ReaderNotes } from './ReaderNotes'
import './notes.css'
import type { ArticleNotes } from './use-article-notes'

export interface ArticleNotesLayerProps {
  history: ArchiveHistory
  article: Article
  notes: ArticleNotes
  onFailed: (message: string) => void
}

export function ArticleNotesLayer({ history, article, notes, onFailed }: ArticleNotesLayerProps) {
  return (
    <>
      {notes.selection !== null ? (
        <HighlightBar
          selection={notes.selection}
          onHighlight={(colour) => {
            notes.highlight(colour, false)
          }}
          onNote={() => {
            notes.highlight('yellow', true)
          }}
        />
      ) : null}
      <ReaderNotes
        history={history}
        article={article}
        editing={notes.editing}
        onEditing={notes.setEditing}
        detached={notes.detached}
        onShow={notes.show}
        onFailed={onFailed}
      />
    </>
  )
}
