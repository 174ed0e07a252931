// The open article's highlights for the reader to draw, the words selected in it, and what the
// correspondent does with them: highlight (from the bar or the menu's Ctrl/Cmd+Shift+H), write a
// note, bring a note's words into view, open the note of a highlight clicked in the text.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { readingText } from '../../core/notes/anchor'
import type { ReadingPartKey } from '../../core/notes/anchor'
import { placeHighlights } from '../../core/notes/notes'
import type { PlacedHighlight } from '../../core/notes/notes'
import type { Article } from '../../shared/article'
import type { HighlightColour } from '../../shared/note'
import type { ArchiveHistory } from '../archive/archive-history'
import { useStorageMessage } from '../archive/use-storage-message'
import { addArticleNote, newNoteId } from './note-edits'
import { useReaderSelection } from './use-reader-selection'
import type { ReaderSelection } from './use-reader-selection'

export interface ArticleNotes {
  highlights: (key: ReadingPartKey) => PlacedHighlight[]
  detached: ReadonlySet<string>
  selection: ReaderSelection | null
  /** The note being written (`article`: a new one on the whole article). */
  editing: string | null
  setEditing: (id: string | null) => void
  highlight: (colour: HighlightColour, withNote: boolean) => void
  show: (noteId: string) => void
}

interface Options {
  history: ArchiveHistory
  article: Article | undefined
  container: RefObject<HTMLElement | null>
  highlightRequest: number
  onFailed: (message: string) => void
}

const NONE: PlacedHighlight[] = []

/** Scrolls the element into view and flashes it, so the eye finds it. */
function bringIntoView(element: Element | null | undefined): void {
  if (!(element instanceof HTMLElement)) return
  element.scrollIntoView({ block: 'center' })
  element.classList.remove('flash')
  requestAnimationFrame(() => {
    element.classList.add('flash')
  })
}

export function useArticleNotes(options: Options): ArticleNotes {
  const { history, article, container, onFailed } = options
  const { t } = useTranslation('archive')
  const storageMessage = useStorageMessage()
  const reading = useMemo(() => (article === undefined ? null : readingText(article)), [article])
  const placed = useMemo(() => (article === undefined ? null : placeHighlights(article)), [article])
  const [selection, clearSelection] = useReaderSelection(container, reading)
  const [editing, setEditing] = useState<string | null>(null)
  const articleId = article?.id ?? null

  const highlight = useCallback(
    (colour: HighlightColour, withNote: boolean) => {
      if (articleId === null) return
      if (selection === null) {
        onFailed(t('editError.emptySelection'))
        return
      }
      const id = newNoteId()
      const note = { id, span: selection.span, colour, text: '' }
      addArticleNote(history, articleId, note).then(
        (outcome) => {
          if (!outcome.ok) onFailed(t(`editError.${outcome.error}`))
          else {
            clearSelection()
            if (withNote) setEditing(id)
          }
        },
        (error: unknown) => {
          onFailed(storageMessage(error))
        },
      )
    },
    [articleId, selection, history, onFailed, t, storageMessage, clearSelection],
  )

  const show = (noteId: string) => {
    bringIntoView(container.current?.querySelector(`[data-note="${CSS.escape(noteId)}"]`))
  }

  // The menu's command highlights what is selected now, in yellow.
  const latest = useRef(highlight)
  useEffect(() => {
    latest.current = highlight
  })
  // Only a command given while this article is open: the count it opened with is not one.
  const request = options.highlightRequest
  const seen = useRef(request)
  useEffect(() => {
    if (request === seen.current) return
    seen.current = request
    latest.current('yellow', false)
  }, [request])

  // A highlight clicked in the text opens its note below.
  useEffect(() => {
    const element = container.current
    if (element === null) return
    const open = (event: MouseEvent) => {
      if (!(event.target instanceof Element) || document.getSelection()?.isCollapsed === false)
        return
      const id = event.target.closest<HTMLElement>('[data-note]')?.dataset.note
      if (id === undefined) return
      bringIntoView(element.querySelector(`[data-note-item="${CSS.escape(id)}"]`))
    }
    element.addEventListener('click', open)
    return () => {
      element.removeEventListener('click', open)
    }
  }, [container, articleId])

  const detached = useMemo(() => new Set(placed?.detached.map((n) => n.id)), [placed])
  return {
    highlights: (key) => placed?.byPart.get(key) ?? NONE,
    detached,
    selection,
    editing,
    setEditing,
    highlight,
    show,
  }
}
