// Undo and redo from the menu or the keyboard: typing in a text field is undone by the field
// itself; anywhere else the last change to the archive is.
import type { ArchiveHistory } from '../archive/archive-history'

function editingText(): boolean {
  const element = document.activeElement
  if (element === null) return false
  if (element instanceof HTMLTextAreaElement) return true
  if (element instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio'].includes(element.type)
  return element instanceof HTMLElement && element.isContentEditable
}

export async function undoOrRedo(
  history: ArchiveHistory,
  direction: 'undo' | 'redo',
): Promise<boolean> {
  if (editingText()) {
    // The field's own undo stack; execCommand is still how Chromium exposes it to pages.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    return document.execCommand(direction)
  }
  return direction === 'undo' ? history.undo() : history.redo()
}
