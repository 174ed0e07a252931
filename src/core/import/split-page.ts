// A page (or any document) → articles. Three passes over the lines: classify each line, repair
// column breaks, assemble articles in page order. Every character of the input lands in exactly
// one field of one article (jump lines become `continuation`).
import type { ParsedArticle } from '../../shared/article'
import type { ImportWarning } from './codes'
import type { SourceLine } from './lines'
import { Assembler } from './split/assemble'
import { repairColumnBreaks } from './split/join'
import { classify, isIndentedPage, markHeads } from './split/units'
import { unwrapLines } from './split/unwrap'

export interface SplitResult {
  articles: ParsedArticle[]
  warnings: ImportWarning[]
  /** Column breaks repaired. */
  joins: number
}

export function splitPage(lines: readonly SourceLine[]): SplitResult {
  const classified = unwrapLines(lines).map(classify)
  // Where the format declares headings (Markdown, HTML, Word styles), a short unstyled line is a
  // paragraph, not a heading.
  if (classified.some((unit) => unit.level > 0)) {
    for (const unit of classified) if (unit.level === 0) unit.heading = false
  }
  const indentedPage = isIndentedPage(classified)
  markHeads(classified, indentedPage)
  const units = repairColumnBreaks(classified, indentedPage)
  let topLevel = 0
  let usesSignals = false
  let joins = 0
  for (const unit of units) {
    if (unit.level > 0 && (topLevel === 0 || unit.level < topLevel)) topLevel = unit.level
    usesSignals ||= unit.role !== null
    joins += unit.joins
  }
  const assembler = new Assembler(units, { indentedPage, usesSignals, topLevel })
  const articles = assembler.run()
  return { articles, warnings: assembler.warnings, joins }
}
