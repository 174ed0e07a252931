// What each line is on its own, before any decision about articles: plain text, a byline, an
// editor's or source's signature, a photo credit, a jump line. These are the unambiguous signals
// the hand rules keep; everything else is left to the line labeller (label.ts).
import type { Continuation } from '../../../shared/article'
import type { SourceLine } from '../lines'
import { metaFromInfoLine } from '../metadata'
import { isBylineLine, isEditorLine, openerOf, trailingBylineStart } from './byline'
import type { Opener } from './byline'
import { isCreditLine, wholeMarkerLine } from './marks'
import { isBareDate } from './shape'

export type UnitKind = 'text' | 'byline' | 'editor' | 'credit' | 'marker'

export interface Unit extends SourceLine {
  kind: UnitKind
  /** A dateline or byline opening the paragraph (`本报北京5月8日电（记者某某）`). */
  opener: Opener | null
  continuation: Continuation | null
  /** Authors are named after the line's last sentence (`…。 何榕 卢春燕`, `…。（记者 张三）`):
   * it ends a paragraph. */
  signedEnd: boolean
  /** The line is a date and nothing else (`2024年6月3日`): a dateline, a notice's date. */
  dateOnly: boolean
  /** A byline that is a web page's line of fields (`来源：… 作者：…`): only its 作者 fields name
   * authors. */
  infoLine: boolean
}

/** The line is a dateline and nothing else (`央视网消息（新闻联播）：`, `新华社北京5月8日电`). */
export const isDatelineAlone = (unit: Unit): boolean =>
  unit.opener !== null && unit.opener.end >= unit.text.length

/** Authors after a sentence (`…！ 陈晓明`); in brackets only after a full stop (`…。（记者张三）`):
 * a headline's column tag such as `（评论员观察）` or `！(记者手记)` signs nothing. */
function signs(text: string, signature: number): boolean {
  const before = text.slice(0, signature).trimEnd()
  const bracketed = /^[（(]/.test(text.slice(signature))
  return bracketed ? /。[”’」』]?$/.test(before) : /[。！？!?…”」』]$/.test(before)
}

/** Where the authors named after the line's last sentence start, or -1 (see `signs`). */
export function signatureStart(text: string): number {
  const start = trailingBylineStart(text)
  return start > 0 && signs(text, start) ? start : -1
}

export function classify(line: SourceLine): Unit {
  // Spelled out, not spread: one object shape for every line keeps the labeller's loops fast.
  const unit: Unit = {
    text: line.text,
    line: line.line,
    gap: line.gap,
    rule: line.rule,
    indent: line.indent,
    heading: line.heading,
    emphasis: line.emphasis,
    kind: 'text',
    opener: null,
    continuation: null,
    signedEnd: false,
    dateOnly: false,
    infoLine: false,
  }
  const { text } = line
  if (line.heading > 0) return unit
  if ((unit.continuation = wholeMarkerLine(text))) unit.kind = 'marker'
  // Credit first: `本报记者 张三 摄` credits a photo, `本报记者 张三` signs the text.
  else if (isCreditLine(text)) unit.kind = 'credit'
  else if (isEditorLine(text)) unit.kind = 'editor'
  else if (isBylineLine(text)) unit.kind = 'byline'
  else if (metaFromInfoLine(text)) {
    unit.kind = 'byline'
    unit.infoLine = true
  } else {
    unit.opener = openerOf(text)
    unit.signedEnd = signatureStart(text) > 0
    unit.dateOnly = isBareDate(text)
  }
  return unit
}
