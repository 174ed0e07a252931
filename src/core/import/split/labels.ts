// The labels a line can take, and which sequences of them make articles. A new article starts at a
// kicker (K) or a headline not preceded by one (T), or at an item without a headline (U: photo
// news, a brief). Inside an article: subtitle (S, only after the headline), sub-heading (H),
// paragraph (P), the rest of a paragraph cut by a column break (C), and attached lines (A: bylines,
// credits, signatures, jump lines). Declared structure adds M: a section heading above articles
// (`## 详细新闻`), page furniture rather than text; the labeller never predicts it.
import { isDatelineAlone } from './units'
import type { Unit } from './units'

export const labels = ['K', 'T', 'S', 'H', 'P', 'C', 'A', 'U', 'M'] as const
export type Label = (typeof labels)[number]
export const LABELS = labels.length

export const K = 0
export const T = 1
export const S = 2
export const H = 3
export const P = 4
export const C = 5
export const A = 6
export const U = 7
export const M = 8

const textLabels = [K, T, S, H, P, C, U]
/** No kicker or headline of the 8,060 People's Daily articles ends with a full stop. */
const sentenceLabels = [S, H, P, C, U]
/** Authors named after the last sentence close a paragraph (`…参加会见。 陈晓明`). */
const signedLabels = [P, C, U]
/** A dateline alone on its line (`央视网消息（新闻联播）：`) opens a paragraph, and a date alone
 * (`2024年6月3日`) dates one or signs a notice: neither heads an article. */
const dateLabels = [P, U]
const attachedOnly = [A]
const creditLabels = [A, U]

/** The labels a line may take given what it is on its own. */
export function allowedLabels(unit: Unit): readonly number[] {
  switch (unit.kind) {
    case 'text':
      if (unit.dateOnly || isDatelineAlone(unit)) return dateLabels
      if (unit.signedEnd) return signedLabels
      return unit.text.endsWith('。') ? sentenceLabels : textLabels
    case 'credit':
      return creditLabels
    default:
      return attachedOnly
  }
}

/** Whether `label` may follow `previous` (-1 at the start of the page). */
export function mayFollow(
  previous: number,
  label: number,
  unit: Unit,
  previousUnit: Unit | undefined,
): boolean {
  if (previous === K) return label === T
  if (label === S) return previous === T || previous === S
  if (label === C)
    return (previous === P || previous === C || previous === U) && previousUnit?.kind === 'text'
  if (previous < 0) return label === K || label === T || label === U || label === A
  return unit.kind !== 'text' || label !== A
}

/** A page may not end on a kicker: a kicker always stands above a headline. */
export const mayEnd = (label: number): boolean => label !== K

export function startsArticle(label: number, previous: number): boolean {
  return label === K || label === U || (label === T && previous !== K)
}
