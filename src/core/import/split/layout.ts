// The page's layout, inferred from the file as a whole before any line is decided: what ends a
// paragraph (a line end, or a blank line as in the fixture's form), whether body lines are
// indented, and whether the file is one article in fixed header slots (line 1 kicker, line 2
// headline, line 3 subtitle). Every line's label is then read with that knowledge.
import { K, S, T, allowedLabels } from './labels'
import { hasSentenceEnd } from './shape'
import type { Unit } from './units'

export interface PageLayout {
  /** Paragraphs end at blank lines (a blank line after every line): articles differ only in shape. */
  blankParagraphs: boolean
  /** Most body lines are indented (U+3000, spaces), header lines are not. */
  indentedBody: boolean
  /** One article per file with its header in the first three lines, then gap-free paragraphs. */
  slots: boolean
  /** Blank lines separate articles and never paragraphs (the export form): a line that follows
   * another without a blank line never starts an article. */
  blankSeparatesArticles: boolean
  /** Some article on the page is signed (a byline line or a dateline): where articles are signed,
   * an unsigned heading between paragraphs is more likely a sub-heading. */
  signed: boolean
}

/** Body lines are long; headers and sub-headings are short. */
const BODY_MIN = 30
const SLOT_LINES = 3

/** A line that can stand in its slot (labels.ts), a subtitle no paragraph of body length: a
 * compact file of a headline over its date or paragraphs is not the crawler's. */
function fitsSlot(unit: Unit): boolean {
  const slot = [K, T, S][unit.line - 1] ?? K
  if (!allowedLabels(unit).includes(slot)) return false
  return slot !== S || unit.text.length < BODY_MIN || !hasSentenceEnd(unit.text)
}

export function inferLayout(units: readonly Unit[]): PageLayout {
  let gaps = 0
  let long = 0
  let indented = 0
  let lateGaps = 0
  let signed = false
  for (const [index, unit] of units.entries()) {
    signed ||= unit.kind === 'byline' || unit.opener !== null
    if (index > 0 && unit.gap > 0) gaps++
    if (index > 0 && unit.gap > 0 && unit.line > SLOT_LINES + 1) lateGaps++
    if (unit.kind === 'text' && unit.text.length >= BODY_MIN) {
      long++
      if (unit.indent) indented++
    }
  }
  const blankParagraphs = units.length > 2 && gaps * 5 >= (units.length - 1) * 3
  const first = units[0]
  const head = units.filter((unit) => unit.line <= SLOT_LINES)
  const body = units.filter((unit) => unit.line > SLOT_LINES)
  // The crawler's file: unindented header slots, then a body indented throughout (or not at all).
  const uniformBody = body.every((unit) => unit.indent) || body.every((unit) => !unit.indent)
  const slots =
    !blankParagraphs &&
    first !== undefined &&
    first.line <= SLOT_LINES &&
    body[0]?.line === SLOT_LINES + 1 &&
    head.some((unit) => unit.line === 2 && unit.kind === 'text') &&
    head.every(fitsSlot) &&
    lateGaps === 0 &&
    head.every((unit) => !unit.indent) &&
    uniformBody
  const indentedBody = long > 0 && indented * 2 >= long
  const blankSeparatesArticles = !blankParagraphs && !slots && gaps > 0
  return { blankParagraphs, indentedBody, slots, blankSeparatesArticles, signed }
}

/** The layout as one small number (0–15), for features that depend on it. */
export function layoutClass(layout: PageLayout): number {
  return (
    (layout.signed ? 8 : 0) +
    (layout.blankParagraphs ? 4 : 0) +
    (layout.indentedBody ? 2 : 0) +
    (layout.slots ? 1 : 0)
  )
}

export const LAYOUT_CLASSES = 16
