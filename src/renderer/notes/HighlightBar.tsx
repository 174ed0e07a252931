// Beside the words selected in the reader: a colour to highlight them with, or a note on them.
// Buttons keep the selection (no focus on mouse down), so what is highlighted is what was chosen.
import { useTranslation } from 'react-i18next'
import { highlightColours } from '../../shared/note'
import type { HighlightColour } from '../../shared/note'
import type { ReaderSelection } from './use-reader-selection'

export interface HighlightBarProps {
  selection: ReaderSelection
  onHighlight: (colour: HighlightColour) => void
  onNote: () => void
}

const keepSelection = (event: React.MouseEvent) => {
  event.preventDefault()
}

export function HighlightBar({ selection, onHighlight, onNote }: HighlightBarProps) {
  const { t } = useTranslation('archive')
  // Below the selection's end, kept inside the window.
  const style = {
    top: Math.min(selection.top + 6, window.innerHeight - 44),
    left: Math.max(8, Math.min(selection.left - 120, window.innerWidth - 260)),
  }
  return (
    <div className="highlight-bar" role="toolbar" aria-label={t('notes.bar')} style={style}>
      {highlightColours.map((colour) => (
        <button
          key={colour}
          type="button"
          className={`swatch note-${colour}`}
          aria-label={t('notes.highlightIn', { colour: t(`notes.colour.${colour}`) })}
          title={t('notes.highlightIn', { colour: t(`notes.colour.${colour}`) })}
          onMouseDown={keepSelection}
          onClick={() => {
            onHighlight(colour)
          }}
        />
      ))}
      <button type="button" onMouseDown={keepSelection} onClick={onNote}>
        {t('notes.noteOnSelection')}
      </button>
    </div>
  )
}
