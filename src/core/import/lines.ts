// The common shape every format is reduced to before splitting: non-empty lines with the layout
// facts the splitter reads (blank lines before, indentation, a heading level the format declared).

export interface SourceLine {
  /** The line's text without leading and trailing white space. */
  text: string
  /** 1-based line (or paragraph) number in the source, for messages. */
  line: number
  /** Blank lines before this one (0 = same block as the previous line). */
  gap: number
  /** The line began with white space (typically two U+3000 in exported articles). */
  indent: boolean
  /** 1–6 when the format marks the line as a heading (Markdown, HTML, Word styles), else 0. */
  heading: number
}

export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x0c
}

/** Collects lines, counting the blank lines between them. */
export class LineCollector {
  readonly lines: SourceLine[] = []
  private gap = 0

  blank(count = 1): void {
    this.gap += count
  }

  /** A paragraph boundary in a structured format: at least one blank line, never more. */
  paragraphBreak(): void {
    this.gap = Math.max(this.gap, 1)
  }

  add(raw: string, line: number, heading = 0): void {
    const text = raw.trim()
    if (text === '') {
      this.gap++
      return
    }
    const indent = isSpace(raw.charCodeAt(0))
    this.lines.push({
      text,
      line,
      gap: this.lines.length === 0 ? Math.max(this.gap, 1) : this.gap,
      indent,
      heading,
    })
    this.gap = 0
  }
}
