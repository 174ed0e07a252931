// The common shape every format is reduced to before splitting: non-empty lines with the layout
// facts the splitter reads (blank lines and rules before, indentation, a heading level or bold
// face the format declared).
import type { PageMeta } from '../../shared/article'

export interface SourceLine {
  /** The line's text without leading and trailing white space. */
  text: string
  /** 1-based line (or paragraph) number in the source, for messages and the source view. */
  line: number
  /** Blank lines before this one (0 = same block as the previous line). */
  gap: number
  /** A rule line (`———`, `***`, `<hr>`) stands between this line and the previous one. */
  rule: boolean
  /** The line began with white space (typically two U+3000 in exported articles). */
  indent: boolean
  /** 1–6 when the format marks the line as a heading (Markdown, HTML, Word styles), else 0. */
  heading: number
  /** The whole line is bold (`<strong>`, a bold Word run, `**…**`): a sub-heading's usual face. */
  emphasis: boolean
  /** Metadata the format declares for the record this line opens (formats/fields.ts). */
  meta?: PageMeta
}

export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x0c
}

/** Collects lines, counting the blank lines and rules between them. */
export class LineCollector {
  readonly lines: SourceLine[] = []
  private gap = 0
  private ruled = false

  blank(count = 1): void {
    this.gap += count
  }

  /** A separator line: layout, like a blank line, but a stronger one. */
  rule(): void {
    this.ruled = true
    this.gap = Math.max(this.gap, 1)
  }

  /** A paragraph boundary in a structured format: at least one blank line, never more. */
  paragraphBreak(): void {
    this.gap = Math.max(this.gap, 1)
  }

  add(raw: string, line: number, heading = 0, emphasis = false): void {
    const text = raw.trim()
    if (text === '') {
      this.gap++
      return
    }
    this.lines.push({
      text,
      line,
      gap: this.lines.length === 0 ? Math.max(this.gap, 1) : this.gap,
      rule: this.ruled,
      indent: isSpace(raw.charCodeAt(0)),
      heading,
      emphasis,
    })
    this.gap = 0
    this.ruled = false
  }
}

const ruleChars = new Set(Array.from('-=_*＊—─━═~～·•.。…#＃+＋'))

/** A line of three or more rule characters and nothing else: a separator, not text. */
export function isRuleLine(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed.length < 3) return false
  for (const char of trimmed)
    if (!ruleChars.has(char) && char !== ' ' && char !== '\u3000') return false
  return true
}
