// Saved web pages: the text of block elements as lines, headings marked. Scripts, styles, comments
// and every attribute (event handlers, sources) are ignored: nothing is executed or fetched; only
// `class` and `id` are read, as words, to leave a news site's chrome out (web-page.ts).
import { Parser } from 'htmlparser2'
import { LineCollector } from '../lines'
import type { SourceLine } from '../lines'
import { headingOfClass, headMeta, isChrome, OWN_TEXT_MIN, pageRows, readMeta } from './web-page'
import type { Event, PageHead, Row } from './web-page'

const skippedElements = new Set([
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
  row(row: Row): void
  blockEnd(): void
  rule(): void
}

interface Frame {
  skips: boolean
  classHeading: number
}

const visibleLength = (text: string): number => text.replace(/\s+/g, '').length

/** Walks the markup: block elements and `<br>` end rows, a row wholly in `<strong>`/`<b>` is
 * bold, `<hr>` is a rule. Nothing in skipped or chrome elements is read; the page's `<title>`
 * goes to `title`. */
function walkHtml(
  html: string,
  sink: RowSink,
  { head, dropChrome = false }: { head?: PageHead; dropChrome?: boolean } = {},
): void {
  let buffer = ''
  const frames: Frame[] = []
  let skipDepth = 0
  let titleDepth = 0
  let articleDepth = 0
  let preDepth = 0
  let boldDepth = 0
  let linkDepth = 0
  let boldChars = 0
  let plainChars = 0
  let linkChars = 0
  let heading = 0
  const classHeading = (): number =>
    frames.findLast((frame) => frame.classHeading > 0)?.classHeading ?? 0

  const flush = (blockEnd: boolean): void => {
    const text = preDepth > 0 ? buffer : buffer.replace(/[ \t\n\r\f]+/g, ' ')
    const emphasis = boldChars > 0 && plainChars === 0
    const rows = text.split('\n').filter((row) => row.trim() !== '')
    const chars = boldChars + plainChars
    for (const row of rows)
      sink.row({
        text: row,
        heading,
        classHeading: classHeading(),
        emphasis,
        chars,
        linkChars,
        inArticle: articleDepth > 0,
      })
    buffer = ''
    boldChars = plainChars = linkChars = 0
    if (blockEnd) sink.blockEnd()
  }

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'title') titleDepth++
        if (name === 'meta' && head) readMeta(head, attributes)
        const skips =
          skippedElements.has(name) ||
          (dropChrome && (isChrome(name, attributes) || (name === 'footer' && articleDepth === 0)))
        if (skips && skipDepth === 0) flush(true)
        frames.push({ skips, classHeading: classHeading() > 0 ? 0 : headingOfClass(attributes) })
        if (skips) skipDepth++
        if (skipDepth > 0) return
        if (name === 'article' || name === 'main') articleDepth++
        if (bold.has(name)) boldDepth++
        if (name === 'a') linkDepth++
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
        if (name === 'title') titleDepth = Math.max(0, titleDepth - 1)
        const frame = frames.pop()
        if (frame?.skips) {
          skipDepth = Math.max(0, skipDepth - 1)
          return
        }
        if (skipDepth > 0) return
        if (name === 'article' || name === 'main') articleDepth = Math.max(0, articleDepth - 1)
        if (bold.has(name)) boldDepth = Math.max(0, boldDepth - 1)
        if (name === 'a') linkDepth = Math.max(0, linkDepth - 1)
        if (!blocks.has(name) && !(frame && frame.classHeading > 0)) return
        flush(true)
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1)
        if (headingLevel(name) > 0) heading = 0
      },
      ontext(text) {
        if (titleDepth > 0 && head) head.title += text
        if (skipDepth > 0) return
        buffer += text
        const visible = visibleLength(text)
        if (boldDepth > 0) boldChars += visible
        else plainChars += visible
        if (linkDepth > 0) linkChars += visible
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  flush(true)
}

/** The page's rows and block breaks, and what its head says. */
function pageEvents(html: string, dropChrome: boolean): { events: Event[]; head: PageHead } {
  const events: Event[] = []
  const head: PageHead = { title: '', properties: {} }
  const sink: RowSink = {
    row: (row) => events.push({ row }),
    blockEnd: () => events.push({ blockEnd: true }),
    rule: () => events.push({ rule: true }),
  }
  walkHtml(html, sink, { dropChrome, head })
  return { events, head }
}

const textOf = (events: readonly Event[]): number =>
  events.reduce((sum, event) => sum + ('row' in event ? event.row.chars : 0), 0)

export function htmlLines(html: string): SourceLine[] {
  // Should the chrome rules leave a page without text of its own, they misread it: read it whole.
  let page = pageEvents(html, true)
  if (textOf(page.events) < OWN_TEXT_MIN) page = pageEvents(html, false)
  const collector = new LineCollector()
  let paragraph = 0
  for (const event of pageRows(page.events, page.head)) {
    if ('row' in event)
      collector.add(event.row.text, ++paragraph, event.row.heading, event.row.emphasis)
    else if ('rule' in event) collector.rule()
    else collector.paragraphBreak()
  }
  const { lines } = collector
  const meta = headMeta(page.head)
  const [first] = lines
  if (first && meta) lines[0] = { ...first, meta }
  return lines
}

/** The text of an HTML fragment inside another format (a Markdown line of `<p>…</p>`). */
export function inlineHtmlText(fragment: string): { text: string; emphasis: boolean }[] {
  const rows: { text: string; emphasis: boolean }[] = []
  walkHtml(fragment, {
    row: ({ text, emphasis }) => rows.push({ text, emphasis }),
    blockEnd: () => undefined,
    rule: () => undefined,
  })
  return rows
}
