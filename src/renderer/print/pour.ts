// After the sheets are rendered: pour every story through its frames, then shrink the frames
// of each story's last part to the fewest whole lines that still hold it (balanced columns).
import type { PrintArticle } from '../../core/print/article'
import type { Grid } from '../../core/print/paper'
import { flow } from './flow'
import { buildParagraphs } from './paragraphs'
import { pxPerPt } from './units'

export interface Leftover {
  articleId: string
  /** Characters that did not fit. */
  chars: number
  paragraphs: number
}

function framesOf(root: HTMLElement, id: string): HTMLElement[] {
  const frames = [
    ...root.querySelectorAll<HTMLElement>(`.np-frame[data-story="${CSS.escape(id)}"]`),
  ]
  return frames.sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order))
}

function setRows(frame: HTMLElement, rows: number, grid: Grid): void {
  frame.style.height = `${(rows * grid.pitchPt * pxPerPt).toFixed(3)}px`
}

/** Gives the last part's frames `rows` body rows (fewer under a photo). */
function fitLastPart(frames: readonly HTMLElement[], rows: number, grid: Grid): void {
  for (const frame of frames) {
    const top = Number(frame.dataset.top)
    setRows(frame, Math.max(0, Math.min(Number(frame.dataset.rows), rows - top)), grid)
  }
}

/** Body rows if the poured text were spread evenly over the frames (a lower bound). */
function balancedRows(frames: readonly HTMLElement[], grid: Grid): number {
  const pitch = grid.pitchPt * pxPerPt
  let lines = 0
  for (const frame of frames) {
    // Layout heights, not transformed ones: the preview shows the sheets scaled down.
    for (const child of frame.children) {
      if (child instanceof HTMLElement) lines += Math.round(child.offsetHeight / pitch)
    }
    lines += Number(frame.dataset.top)
  }
  return Math.max(1, Math.floor(lines / frames.length))
}

/** Clones of poured paragraphs, with the halves of a paragraph split between frames joined. */
function rejoin(poured: readonly Element[]): HTMLElement[] {
  const result: HTMLElement[] = []
  for (const element of poured) {
    const clone = element.cloneNode(true) as HTMLElement
    const previous = result[result.length - 1]
    if (
      previous?.classList.contains('np-split-head') &&
      clone.classList.contains('np-split-tail')
    ) {
      previous.append(...clone.childNodes)
      previous.classList.remove('np-split-head')
    } else result.push(clone)
  }
  return result
}

function pourStory(root: HTMLElement, article: PrintArticle, grid: Grid): Leftover | null {
  const paragraphs = buildParagraphs(article)
  const frames = framesOf(root, article.id)
  if (paragraphs.length === 0 || frames.length === 0) return null
  for (const frame of frames) setRows(frame, Number(frame.dataset.rows), grid)
  const rest = flow(paragraphs, frames)
  if (rest.length > 0) {
    const chars = rest.reduce((sum, p) => sum + p.textContent.length, 0)
    return { articleId: article.id, chars, paragraphs: rest.length }
  }
  const lastPart = Math.max(...frames.map((frame) => Number(frame.dataset.part)))
  const last = frames.filter((frame) => Number(frame.dataset.part) === lastPart)
  // Only the last part is re-poured while its frames shrink: its own text, as poured.
  const text = rejoin(last.flatMap((frame) => [...frame.children]))
  const most = Math.max(
    ...last.map((frame) => Number(frame.dataset.rows) + Number(frame.dataset.top)),
  )
  // Balanced columns need about the text's lines over the frames: try upwards from there.
  for (let rows = Math.min(most, balancedRows(last, grid)); rows < most; rows++) {
    fitLastPart(last, rows, grid)
    if (flow(text, last).length === 0) return null
  }
  // No shorter fit: back to the full frames, which held the story before.
  for (const frame of frames) setRows(frame, Number(frame.dataset.rows), grid)
  flow(paragraphs, frames)
  return null
}

/** Pours every article; returns what did not fit (the plan then gets more room for it). */
export function pourAll(root: HTMLElement, articles: readonly PrintArticle[], grid: Grid) {
  const leftovers: Leftover[] = []
  for (const article of articles) {
    const leftover = pourStory(root, article, grid)
    if (leftover !== null) leftovers.push(leftover)
  }
  return leftovers
}
