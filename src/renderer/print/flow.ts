// flow(): pours a story's paragraphs through its threaded frames (single-column boxes of a
// whole number of lines). Chromium breaks the lines (with kinsoku); this only decides which
// text goes into which frame. The first character outside a frame starts a line, so splitting
// there is always a legal break.

const tolerance = 0.5

function overflows(frame: HTMLElement): boolean {
  return frame.scrollHeight > frame.clientHeight + tolerance
}

interface Position {
  node: Text
  offset: number
}

/** Bottom of the character at `offset`, or of the next visible one (ZWSP has no box). */
function charBottom(text: Text, offset: number, range: Range): number | null {
  for (let i = offset; i < text.length; i++) {
    range.setStart(text, i)
    range.setEnd(text, i + 1)
    const box = range.getBoundingClientRect()
    if (box.width !== 0 || box.height !== 0) return box.bottom
  }
  return null
}

/** Characters are laid out top to bottom, so the first one below the frame is found by halving. */
function firstOutside(frame: HTMLElement, p: HTMLElement): Position | null {
  const limit = frame.getBoundingClientRect().bottom + tolerance
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text
    const last = charBottom(text, Math.max(0, text.length - 1), range)
    if (last === null || last <= limit) continue
    let low = 0
    let high = text.length - 1
    while (low < high) {
      const mid = Math.floor((low + high) / 2)
      const bottom = charBottom(text, mid, range)
      if (bottom !== null && bottom > limit) high = mid
      else low = mid + 1
    }
    return { node: text, offset: low }
  }
  return null
}

function isAtStart(p: HTMLElement, at: Position): boolean {
  const range = document.createRange()
  range.setStart(p, 0)
  range.setEnd(at.node, at.offset)
  return (
    range
      .toString()
      .replace(/\u200B/g, '')
      .trim() === ''
  )
}

/** Cuts `p` at `at`: the head stays, the returned tail continues in the next frame. */
function split(p: HTMLElement, at: Position): HTMLElement {
  const range = document.createRange()
  range.setStart(at.node, at.offset)
  range.setEnd(p, p.childNodes.length)
  const tail = p.cloneNode(false) as HTMLElement
  tail.append(range.extractContents())
  p.classList.add('np-split-head')
  tail.classList.remove('np-split-head')
  tail.classList.add('np-split-tail')
  return tail
}

/** A subhead never ends a frame: it goes on with the paragraph it heads. */
function keepSubheadWithNext(frame: HTMLElement, queue: HTMLElement[]): void {
  const last = frame.lastElementChild
  if (last instanceof HTMLElement && last.classList.contains('np-subhead') && queue.length > 0) {
    frame.removeChild(last)
    queue.unshift(last)
  }
}

/** Fills one frame from the queue; returns false when nothing more fits in it. */
function fillFrame(frame: HTMLElement, queue: HTMLElement[]): void {
  while (queue.length > 0) {
    const p = queue.shift()
    if (p === undefined) return
    frame.append(p)
    if (!overflows(frame)) continue
    const at = firstOutside(frame, p)
    if (at === null || isAtStart(p, at)) {
      frame.removeChild(p)
      queue.unshift(p)
    } else {
      const tail = split(p, at)
      // The head re-wraps once cut (text-wrap: pretty, justified last line): check it again.
      for (let guard = 0; overflows(frame) && guard < 5; guard++) {
        const again = firstOutside(frame, p)
        if (again === null || isAtStart(p, again)) break
        tail.prepend(...split(p, again).childNodes)
      }
      if (overflows(frame)) {
        // Still too tall: the whole paragraph goes on to the next frame.
        p.append(...tail.childNodes)
        p.classList.remove('np-split-head')
        frame.removeChild(p)
        queue.unshift(p)
      } else queue.unshift(tail)
    }
    keepSubheadWithNext(frame, queue)
    return
  }
}

/** Pours clones of `paragraphs` through `frames`; returns the paragraphs left over. */
export function flow(paragraphs: readonly HTMLElement[], frames: readonly HTMLElement[]) {
  for (const frame of frames) frame.replaceChildren()
  const queue = paragraphs.map((p) => p.cloneNode(true) as HTMLElement)
  for (const frame of frames) {
    if (queue.length === 0) break
    fillFrame(frame, queue)
  }
  return queue
}
