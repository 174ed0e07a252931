// Line-start and line-end prohibitions of W3C clreq, "basic" level, for checking laid-out
// lines: pause and stop marks, closing quotes and brackets, connector marks and interpuncts
// may not start a line; opening quotes and brackets may not end one.

const notAtStart = /[、，；：。！？”’」』）》〉】〕〗］｝·・‧〜～,.;:!?)\]}％‰]/u
const notAtEnd = /[“‘「『（《〈【〔〖［｛([{]/u
const invisible = /[\s\u200B\u00AD]/gu

export interface KinsokuViolation {
  /** Index of the line in the input. */
  line: number
  kind: 'start' | 'end'
  char: string
}

function visibleEnds(line: string): { first: string; last: string } | null {
  const visible = line.replace(invisible, '')
  const first = /^./u.exec(visible)?.[0]
  const last = /.$/u.exec(visible)?.[0]
  return first === undefined || last === undefined ? null : { first, last }
}

/**
 * Every prohibited line start or end among `lines` (one string per laid-out line, in order).
 * A paragraph's last line may end in anything and its first line start in anything that a
 * paragraph can start with, so callers pass the lines of one paragraph or frame at a time and
 * say which lines end the paragraph via `paragraphEnds` (indexes).
 */
export function kinsokuViolations(
  lines: readonly string[],
  paragraphEnds: ReadonlySet<number> = new Set([lines.length - 1]),
): KinsokuViolation[] {
  const violations: KinsokuViolation[] = []
  lines.forEach((line, index) => {
    const ends = visibleEnds(line)
    if (ends === null) return
    const startsParagraph = index === 0 || paragraphEnds.has(index - 1)
    if (!startsParagraph && notAtStart.test(ends.first)) {
      violations.push({ line: index, kind: 'start', char: ends.first })
    }
    if (!paragraphEnds.has(index) && notAtEnd.test(ends.last)) {
      violations.push({ line: index, kind: 'end', char: ends.last })
    }
  })
  return violations
}
