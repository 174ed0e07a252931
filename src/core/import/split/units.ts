// First pass of splitting: what each line is on its own (text, byline, credit, jump line), then
// which text lines are headlines because a byline, dateline or credit follows them.
import type { Continuation } from '../../../shared/article'
import type { SourceLine } from '../lines'
import { isBylineLine, isEditorLine, openerOf } from './byline'
import type { Opener } from './byline'
import { isCreditLine, wholeMarkerLine } from './marks'
import {
  endsClosed,
  isBareDate,
  isHeadingShaped,
  isLooseHeadingShaped,
  looksNumbered,
  startsWithDash,
} from './shape'

export type UnitKind = 'text' | 'byline' | 'editor' | 'credit' | 'marker'

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
  /** The unit's place in a proven headline group; null where position decides. */
  role: 'kicker' | 'title' | 'subtitle' | null
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
    role: null,
    joins: 0,
  }
  if (line.heading > 0) {
    unit.heading = unit.loose = true
  } else if ((unit.continuation = wholeMarkerLine(text))) {
    unit.kind = 'marker'
  } else if (isCreditLine(text)) {
    // Credit first: `本报记者 张三 摄` credits a photo, `本报记者 张三` signs the text.
    unit.kind = 'credit'
  } else if (isEditorLine(text)) {
    unit.kind = 'editor'
  } else if (isBylineLine(text)) {
    unit.kind = 'byline'
  } else if (!(unit.opener = openerOf(text))) {
    unit.heading = isHeadingShaped(text)
    unit.loose = unit.heading || isLooseHeadingShaped(text)
  }
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

function isFreeText(unit: Unit | undefined): unit is Unit {
  return unit !== undefined && unit.kind === 'text' && !unit.head && unit.opener === null
}

/** A line above a headline that belongs to it rather than ending the previous article: not a
 * numbered item, not a bare date (the signature lines of a notice). */
function mayBeKicker(unit: Unit | undefined): unit is Unit {
  return isFreeText(unit) && unit.heading && !looksNumbered(unit.text) && !isBareDate(unit.text)
}

/** Walks back from a byline or dateline over credits to the headline group above it: the line
 * just above is the headline (or its subtitle, when it starts with a dash), one line above the
 * headline may be its kicker. */
function markGroupAbove(units: Unit[], signal: number): void {
  let at = signal - 1
  while (at >= 0 && units[at]?.kind === 'credit') at--
  const nearest = units[at]
  if (!isFreeText(nearest) || !nearest.loose) return
  const mark = (unit: Unit, role: Unit['role']): void => {
    unit.head = true
    unit.role = role
  }
  const above = units[at - 1]
  if (
    startsWithDash(nearest.text) &&
    isFreeText(above) &&
    above.loose &&
    !startsWithDash(above.text)
  ) {
    mark(nearest, 'subtitle')
    mark(above, 'title')
    at--
  } else {
    mark(nearest, 'title')
  }
  const kicker = units[at - 1]
  if (mayBeKicker(kicker)) mark(kicker, 'kicker')
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
