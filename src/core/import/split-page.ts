// A page (or any document) → articles. The lines are read first as a whole (the page's layout,
// or the structure the format declares), then labelled in one pass — by the declared headings, or
// by the learned line labeller — then assembled. Every character of the input lands in exactly one
// field of one article, checked per article (split/account.ts).
import { deriveTitle } from '../../shared/article'
import type { ParsedArticle } from '../../shared/article'
import { importWarning } from './codes'
import type { ImportWarning } from './codes'
import type { SourceLine } from './lines'
import { ensureAccounted } from './split/account'
import { assemble } from './split/assemble'
import { declaredLabels } from './split/declared'
import { toArticle } from './split/draft'
import { pageContext } from './split/features'
import { inferLayout } from './split/layout'
import { labelPage } from './split/trained'
import type { PageLabels } from './split/trained'
import { classify } from './split/units'
import type { Unit } from './split/units'
import { unwrapLines } from './split/unwrap'

export interface SplitResult {
  articles: ParsedArticle[]
  warnings: ImportWarning[]
  /** Column breaks repaired. */
  joins: number
}

/** The units the splitter reads: lines classified, hard-wrapped paragraphs rejoined. */
export function unitsOf(lines: readonly SourceLine[]): Unit[] {
  return unwrapLines(lines).map(classify)
}

export function labelsOf(units: readonly Unit[]): PageLabels {
  const declared = declaredLabels(units)
  return declared
    ? { labels: declared, doubtful: [] }
    : labelPage(pageContext(units, inferLayout(units)))
}

export function splitPage(lines: readonly SourceLine[]): SplitResult {
  const units = unitsOf(lines)
  if (units.length === 0) return { articles: [], warnings: [], joins: 0 }
  const { labels, doubtful } = labelsOf(units)
  const { drafts, warnings, joins, furniture } = assemble(units, labels)
  for (const index of doubtful) {
    const unit = units[index]
    if (unit) warnings.push(importWarning('ambiguousHeading', { line: unit.line, text: unit.text }))
  }
  const articles = drafts.map((draft) => {
    const repaired = ensureAccounted(draft, units, furniture)
    if (repaired) warnings.push(repaired)
    const lines = { first: units[draft.first]?.line ?? 0, last: units[draft.last]?.line ?? 0 }
    const derived =
      draft.title === null
        ? deriveTitle({ blocks: draft.blocks, imageCredits: draft.credits })
        : null
    return toArticle(draft, lines, derived)
  })
  return { articles, warnings, joins }
}
