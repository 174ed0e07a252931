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

export function htmlLines(html: string): SourceLine[] {
  const collector = new LineCollector()
  let buffer = ''
  let skipDepth = 0
  let preDepth = 0
  let heading = 0
  let paragraph = 0

  const flush = (paragraphEnd: boolean): void => {
    const text = preDepth > 0 ? buffer : buffer.replace(/[ \t\n\r\f]+/g, ' ')
    for (const row of text.split('\n')) {
      if (row.trim() !== '') collector.add(row, ++paragraph, heading)
    }
    buffer = ''
    if (paragraphEnd) collector.paragraphBreak()
  }

  const parser = new Parser(
    {
      onopentag(name) {
        if (skipped.has(name)) skipDepth++
        if (skipDepth > 0) return
        if (name === 'br') {
          flush(false)
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
        if (skipDepth > 0 || !blocks.has(name)) return
        flush(true)
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1)
        if (headingLevel(name) > 0) heading = 0
      },
      ontext(text) {
        if (skipDepth === 0) buffer += text
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  flush(true)
  return collector.lines
}
