// Saved web pages: the text of block elements as lines, headings marked. Scripts, styles, comments
// and every attribute (event handlers, sources) are ignored: nothing is executed or fetched.
import { Parser } from 'htmlparser2'
import { LineCollector } from '../lines'
import type { SourceLine } from '../lines'

const skipped = new Set([
  'script',
  'title',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'button',
])

const blocks = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'address',
  'hr',
  'body',
  'center',
  'form',
  'fieldset',
  'legend',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
])

const headingLevel = (name: string): number => (/^h[1-6]$/.test(name) ? Number(name[1]) : 0)
const bold = new Set(['strong', 'b'])

/** Where the text of the elements goes: a row of a block, or a break between blocks. */
interface RowSink {
  row(text: string, heading: number, emphasis: boolean): void
  blockEnd(): void
  rule(): void
}

/** Walks the markup: block elements and `<br>` end rows, a row wholly in `<strong>`/`<b>` is
 * bold, `<hr>` is a rule. Nothing in skipped elements is read. */
function walkHtml(html: string, sink: RowSink): void {
  let buffer = ''
  let skipDepth = 0
  let preDepth = 0
  let boldDepth = 0
  let boldChars = 0
  let plainChars = 0
  let heading = 0

  const flush = (blockEnd: boolean): void => {
    const text = preDepth > 0 ? buffer : buffer.replace(/[ \t\n\r\f]+/g, ' ')
    const emphasis = boldChars > 0 && plainChars === 0
    for (const row of text.split('\n')) if (row.trim() !== '') sink.row(row, heading, emphasis)
    buffer = ''
    boldChars = plainChars = 0
    if (blockEnd) sink.blockEnd()
  }

  const parser = new Parser(
    {
      onopentag(name) {
        if (skipped.has(name)) skipDepth++
        if (skipDepth > 0) return
        if (bold.has(name)) boldDepth++
        if (name === 'br') {
          flush(false)
        } else if (name === 'hr') {
          flush(true)
          sink.rule()
        } else if (blocks.has(name)) {
          flush(true)
          if (name === 'pre') preDepth++
          heading = headingLevel(name) || heading
        }
      },
      onclosetag(name) {
        if (skipped.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1)
          return
        }
        if (skipDepth > 0) return
        if (bold.has(name)) boldDepth = Math.max(0, boldDepth - 1)
        if (!blocks.has(name)) return
        flush(true)
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1)
        if (headingLevel(name) > 0) heading = 0
      },
      ontext(text) {
        if (skipDepth > 0) return
        buffer += text
        const visible = text.replace(/\s+/g, '').length
        if (boldDepth > 0) boldChars += visible
        else plainChars += visible
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  flush(true)
}

export function htmlLines(html: string): SourceLine[] {
  const collector = new LineCollector()
  let paragraph = 0
  walkHtml(html, {
    row: (text, heading, emphasis) => {
      collector.add(text, ++paragraph, heading, emphasis)
    },
    blockEnd: () => {
      collector.paragraphBreak()
    },
    rule: () => {
      collector.rule()
    },
  })
  return collector.lines
}

/** The text of an HTML fragment inside another format (a Markdown line of `<p>…</p>`). */
export function inlineHtmlText(fragment: string): { text: string; emphasis: boolean }[] {
  const rows: { text: string; emphasis: boolean }[] = []
  walkHtml(fragment, {
    row: (text, _heading, emphasis) => rows.push({ text, emphasis }),
    blockEnd: () => undefined,
    rule: () => undefined,
  })
  return rows
}
