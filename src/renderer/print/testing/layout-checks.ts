// Checks of a laid-out document, measured from the DOM as printed: boxes that overflow, and
// line-start/line-end violations found by walking every character's client rect. Used by the
// tests and by the PDF tool's self-check.
import { kinsokuViolations } from '../../../core/print/kinsoku'
import type { KinsokuViolation } from '../../../core/print/kinsoku'

const tolerance = 0.5

/** Elements whose content reaches outside their box, described for a test failure. */
export function overflowingBoxes(root: HTMLElement): string[] {
  const boxes = root.querySelectorAll<HTMLElement>('.np-sheet, .np-module, .np-frame, .np-head')
  return [...boxes]
    .filter(
      (box) =>
        box.scrollHeight > box.clientHeight + tolerance ||
        box.scrollWidth > box.clientWidth + tolerance,
    )
    .map(
      (box) =>
        `${box.className} ${box.dataset.story ?? box.dataset.module ?? ''}: ` +
        `${box.scrollWidth}×${box.scrollHeight} in ${box.clientWidth}×${box.clientHeight}`,
    )
}

/** The visual lines of an element: characters grouped by the top of their boxes. */
export function laidOutLines(element: HTMLElement): string[] {
  const lines: { top: number; text: string }[] = []
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text
    for (let i = 0; i < text.length; i++) {
      range.setStart(text, i)
      range.setEnd(text, i + 1)
      const box = range.getBoundingClientRect()
      if (box.width === 0 && box.height === 0) continue
      const last = lines[lines.length - 1]
      const char = text.data[i] ?? ''
      if (last !== undefined && Math.abs(last.top - box.top) < box.height / 2) last.text += char
      else lines.push({ top: box.top, text: char })
    }
  }
  return lines.map((line) => line.text)
}

export interface FoundViolation extends KinsokuViolation {
  text: string
}

/** Kinsoku violations of every paragraph poured into the frames. */
export function documentViolations(root: HTMLElement): FoundViolation[] {
  const found: FoundViolation[] = []
  for (const p of root.querySelectorAll<HTMLElement>('.np-frame p')) {
    const lines = laidOutLines(p)
    for (const violation of kinsokuViolations(lines)) {
      found.push({ ...violation, text: lines[violation.line] ?? '' })
    }
  }
  return found
}

/** The text poured into an article's frames, in reading order, without break hints. */
export function pouredText(root: HTMLElement, articleId: string): string {
  const frames = [
    ...root.querySelectorAll<HTMLElement>(`.np-frame[data-story="${CSS.escape(articleId)}"]`),
  ]
  frames.sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order))
  return frames
    .map((frame) => frame.textContent)
    .join('')
    .replace(/\u200B/g, '')
}

/** Blank lines between the lowest line of text in a module's frames and the foot of its body. */
export function blankUnderText(module: HTMLElement, pitchPx: number): number {
  const body = module.querySelector<HTMLElement>('.np-body')
  if (body === null) return 0
  let lowest = body.getBoundingClientRect().top
  for (const p of module.querySelectorAll<HTMLElement>('.np-frame > *')) {
    lowest = Math.max(lowest, p.getBoundingClientRect().bottom)
  }
  return (body.getBoundingClientRect().bottom - lowest) / pitchPx
}
