// First pass of splitting: what each line is on its own (text, byline, credit, jump line), then
// which text lines are headlines because a byline, dateline or credit follows them.
import type { Continuation } from '../../../shared/article'
import type { SourceLine } from '../lines'
import { isBylineLine, openerOf } from './byline'
import type { Opener } from './byline'
import { isCreditLine, wholeMarkerLine } from './marks'
import { endsClosed, isHeadingShaped, isLooseHeadingShaped } from './shape'

export type UnitKind = 'text' | 'byline' | 'credit' | 'marker'

export interface Unit {
  kind: UnitKind
  text: string
  line: number
  gap: number
  indent: boolean
  /** Heading level declared by the format (Markdown, HTML, Word), 0 if none. */
  level: number
  opener: Opener | null
  continuation: Continuation | null
  /** Shaped like a heading: short, no sentence punctuation (or declared by the format). */
  heading: boolean
  /** Shaped like a headline that a byline may follow: longer, may hold commas. */
  loose: boolean
  /** Part of a headline group, proven by the byline or dateline after it. */
  head: boolean
  /** How many column breaks were repaired into this unit. */
  joins: number
}

export function classify(line: SourceLine): Unit {
  const { text } = line
  const unit: Unit = {
    kind: 'text',
    text,
    line: line.line,
    gap: line.gap,
    indent: line.indent,
    level: line.heading,
    opener: null,
    continuation: null,
    heading: false,
    loose: false,
    head: false,
    joins: 0,
  }
  if (line.heading > 0) return { ...unit, heading: true, loose: true }
  const continuation = wholeMarkerLine(text)
  if (continuation) return { ...unit, kind: 'marker', continuation }
  if (isBylineLine(text)) return { ...unit, kind: 'byline' }
  if (isCreditLine(text)) return { ...unit, kind: 'credit' }
  unit.opener = openerOf(text)
  if (unit.opener) return unit
  unit.heading = isHeadingShaped(text)
  unit.loose = unit.heading || isLooseHeadingShaped(text)
  return unit
}

/** Most body lines are indented (the export form): an unindented line there is a heading. */
export function isIndentedPage(units: readonly Unit[]): boolean {
  let body = 0
  let indented = 0
  for (const unit of units) {
    if (unit.kind !== 'text' || unit.text.length < 40) continue
    body++
    if (unit.indent) indented++
  }
  return body > 0 && indented * 2 >= body
}

const MAX_GROUP = 3

function isLeadSignal(unit: Unit): boolean {
  return unit.kind === 'byline' || (unit.kind === 'text' && unit.opener !== null)
}

/** Walks back from a byline or dateline over credits to the headline group above it. */
function markGroupAbove(units: Unit[], signal: number): void {
  let at = signal - 1
  while (at >= 0 && units[at]?.kind === 'credit') at--
  const headline = units[at]
  if (!headline || headline.kind !== 'text' || headline.head || !headline.loose || headline.opener)
    return
  headline.head = true
  for (let count = 1, k = at - 1; count < MAX_GROUP && k >= 0; count++, k--) {
    const above = units[k]
    if (!above || above.kind !== 'text' || above.head || !above.heading) break
    above.head = true
  }
}

/** Export form: up to three unindented lines opening a block, directly above indented body lines. */
function markExportHeads(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const first = units[i]
    if (!first || first.kind !== 'text' || first.gap === 0 || first.indent || first.head) continue
    let end = i
    while (end < units.length && end - i < MAX_GROUP) {
      const unit = units[end]
      if (!unit || unit.kind !== 'text' || unit.indent || (end > i && unit.gap > 0)) break
      end++
    }
    const body = units[end]
    if (end === i || !body || body.kind !== 'text' || !body.indent || body.gap > 0) continue
    const group = units.slice(i, end)
    if (group.some((unit) => unit.opener || (endsClosed(unit.text) && !unit.loose))) continue
    for (const unit of group) unit.head = true
    i = end
  }
}

export function markHeads(units: Unit[], indentedPage: boolean): void {
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]
    if (unit && isLeadSignal(unit)) markGroupAbove(units, i)
  }
  if (indentedPage) markExportHeads(units)
}
