// The words selected in the reader, as a span of the article's reading text (core/notes/anchor),
// with where they are on screen for the highlight bar. The reader marks each headline field and
// block with `data-part`; a selection that does not start and end in one is not the article's.
import { useCallback, useEffect, useState } from 'react'
import type { RefObject } from 'react'
import type { ReadingText, TextSpan } from '../../core/notes/anchor'

export interface ReaderSelection {
  span: TextSpan
  /** Where the selection ends on screen (viewport coordinates). */
  top: number
  left: number
}

function partElement(node: Node, container: HTMLElement): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement
  const part = element?.closest<HTMLElement>('[data-part]') ?? null
  return part !== null && container.contains(part) ? part : null
}

/** The offset of (node, offset) in the reading text, or null outside the article's parts. */
function readingOffset(
  reading: ReadingText,
  container: HTMLElement,
  node: Node,
  offset: number,
): number | null {
  const element = partElement(node, container)
  if (element === null) return null
  const key = element.dataset.part ?? ''
  const part = reading.parts.find((p) => String(p.key) === key)
  if (part === undefined) return null
  const before = document.createRange()
  before.setStart(element, 0)
  before.setEnd(node, offset)
  return part.start + Math.min(before.toString().length, part.text.length)
}

/** The first or last part a range touches, for an end that lies outside every part (a triple
 * click ends in whatever follows the last paragraph). */
function partEdge(
  reading: ReadingText,
  container: HTMLElement,
  range: Range,
  edge: 'start' | 'end',
): number | null {
  const touched = [...container.querySelectorAll<HTMLElement>('[data-part]')].filter((element) =>
    range.intersectsNode(element),
  )
  const element = edge === 'start' ? touched[0] : touched.at(-1)
  const part = reading.parts.find((p) => String(p.key) === element?.dataset.part)
  if (part === undefined) return null
  return edge === 'start' ? part.start : part.start + part.text.length
}

function selectionIn(container: HTMLElement, reading: ReadingText): ReaderSelection | null {
  const selection = document.getSelection()
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  const start =
    readingOffset(reading, container, range.startContainer, range.startOffset) ??
    partEdge(reading, container, range, 'start')
  const end =
    readingOffset(reading, container, range.endContainer, range.endOffset) ??
    partEdge(reading, container, range, 'end')
  if (start === null || end === null || end <= start) return null
  const rects = range.getClientRects()
  const last = rects.item(rects.length - 1) ?? range.getBoundingClientRect()
  return { span: { start, end }, top: last.bottom, left: last.right }
}

export function useReaderSelection(
  container: RefObject<HTMLElement | null>,
  reading: ReadingText | null,
): [ReaderSelection | null, () => void] {
  const [selected, setSelected] = useState<ReaderSelection | null>(null)
  useEffect(() => {
    if (reading === null) return
    const follow = () => {
      const element = container.current
      setSelected(element === null ? null : selectionIn(element, reading))
    }
    follow()
    document.addEventListener('selectionchange', follow)
    // The bar stays beside the words when the reader scrolls under it.
    document.addEventListener('scroll', follow, { capture: true, passive: true })
    return () => {
      document.removeEventListener('selectionchange', follow)
      document.removeEventListener('scroll', follow, { capture: true })
    }
  }, [container, reading])
  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges()
    setSelected(null)
  }, [])
  return [selected, clear]
}
