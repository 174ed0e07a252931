// Plain text and Markdown. Markdown headings (`#` and underlined) become heading lines; their
// markup is dropped, as is inline markup (`**粗体**`, `*斜体*`, `代码` in backticks, links and
// images as their text, backslash escapes); raw HTML paragraphs are read as text; list marks and
// everything else are kept as written.
import { isRuleLine, LineCollector } from '../lines'
import type { SourceLine } from '../lines'
import { inlineHtmlText } from './html'

export function textLines(text: string): SourceLine[] {
  const collector = new LineCollector()
  const rows = text.split('\n')
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? ''
    if (isRuleLine(row)) collector.rule()
    else collector.add(row, i + 1)
  }
  return collector.lines
}

const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const setextUnderline = /^ {0,3}(=+|-+)[ \t]*$/
const thematicBreak = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/
const htmlBlock = /^\s*<\/?[a-zA-Z][^>]*>/
const boldLine = /^\s*(\*\*|__)(?=\S)(.+?)\1\s*$/

const inlineMarkup: readonly [RegExp, string][] = [
  [/!?\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '$1'],
  [/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2'],
  [/(?<![*\\\w])\*(?=[^\s*])([^*]+?)(?<=\S)\*(?![*\w])/g, '$1'],
  [/`([^`]+)`/g, '$1'],
  [/\\([\\`*_{}[\]()#+\-.!|])/g, '$1'],
]

/** A Markdown line's text without its inline markup. */
export function markdownText(row: string): string {
  return inlineMarkup.reduce(
    (text, [pattern, replacement]) => text.replace(pattern, replacement),
    row,
  )
}

function addMarkdownRow(collector: LineCollector, row: string, line: number): void {
  if (htmlBlock.test(row)) {
    for (const part of inlineHtmlText(row)) collector.add(part.text, line, 0, part.emphasis)
    return
  }
  const bold = boldLine.exec(row)
  if (bold) collector.add(markdownText(bold[2] ?? ''), line, 0, true)
  else collector.add(markdownText(row), line)
}

export function markdownLines(text: string): SourceLine[] {
  const collector = new LineCollector()
  const rows = text.split('\n')
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? ''
    const next = rows[i + 1] ?? ''
    const atx = atxHeading.exec(row)
    if (atx) {
      collector.add(markdownText(atx[2] ?? ''), i + 1, atx[1]?.length ?? 1)
      continue
    }
    const underline = setextUnderline.exec(next)
    if (row.trim() !== '' && underline) {
      collector.add(markdownText(row), i + 1, underline[1]?.startsWith('=') ? 1 : 2)
      i++
      continue
    }
    if (thematicBreak.test(row)) {
      collector.rule()
      continue
    }
    addMarkdownRow(collector, row, i + 1)
  }
  return collector.lines
}
