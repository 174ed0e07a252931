// Column-break repair: a paragraph that stops mid-sentence continues in the next text line.
import { endsClosed, endsInsideClause, startsAsContinuation } from './shape'
import type { Unit } from './units'

/** A line this short cannot be a heading of its own: it is the tail of a broken sentence. */
const FRAGMENT_MAX = 3

function isBody(unit: Unit): boolean {
  return unit.kind === 'text' && !unit.head && unit.level === 0
}

function continues(previous: Unit, next: Unit, indentedPage: boolean): boolean {
  if (!isBody(next) || next.opener) return false
  if (startsAsContinuation(next.text)) return true
  // Where paragraphs are indented, an indented line starts a new one.
  if (indentedPage && next.indent) return endsInsideClause(previous.text)
  if (endsInsideClause(previous.text)) return true
  return !next.heading || next.text.length <= FRAGMENT_MAX
}

/** Merges broken paragraphs; the text is concatenated exactly, nothing inserted. The units are
 * the splitter's own: merged ones are updated in place. */
export function repairColumnBreaks(units: Unit[], indentedPage: boolean): Unit[] {
  const repaired: Unit[] = []
  for (const unit of units) {
    const previous = repaired[repaired.length - 1]
    if (
      previous &&
      isBody(previous) &&
      !previous.heading &&
      !endsClosed(previous.text) &&
      continues(previous, unit, indentedPage)
    ) {
      previous.text += unit.text
      previous.joins += 1 + unit.joins
      previous.loose = false
      continue
    }
    repaired.push(unit)
  }
  return repaired
}
