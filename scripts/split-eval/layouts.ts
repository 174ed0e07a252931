// The layouts a correspondent's files arrive in (../shared/research/page-layouts.md), written from
// a planned page: the file's bytes and, beside them, the truth the splitter is scored against.
import { strToU8, zipSync } from 'fflate'
import type { Random } from '../../src/shared/random'
import { randomInt } from '../../src/shared/random'
import type { SourcePage } from './corpus'
import type { PlannedArticle } from './plan'
import { piecesOf } from './plan'

export interface TruthArticle extends PlannedArticle {
  /** Paragraphs a column break cut in two: each must come out whole. */
  broken: string[]
}

export interface GeneratedFile {
  name: string
  bytes: Uint8Array
  articles: TruthArticle[]
  /** Lines that are page metadata (mastheads, section names), not article text. */
  metaText: string[]
  /** Text layouts: the true label of every line (labels.ts), '' for blank lines, for training. */
  labels?: string[]
}

/** Lines of a text file with the true label of each. */
class Lines {
  readonly text: string[] = []
  readonly labels: string[] = []

  push(text: string, label: string): void {
    this.text.push(text)
    this.labels.push(text === '' ? '' : label)
  }

  blank(count: number): void {
    for (let i = 0; i < count; i++) this.push('', '')
  }

  /** An article's header, byline and paragraphs; `paragraph` writes each paragraph; `room` leaves
   * the blank lines a photo takes. */
  article(
    article: TruthArticle,
    separate: () => void,
    paragraph: (text: string, label: string) => void,
    room: () => void = separate,
    headerSeparate: () => void = separate,
  ): void {
    const header = headerLines(article)
    const labels =
      header.length === 3
        ? ['K', 'T', 'S']
        : header.length === 1
          ? ['T']
          : article.kicker
            ? ['K', 'T']
            : ['T', 'S']
    header.forEach((line, index) => {
      this.push(line, labels[index] ?? 'T')
      if (index < header.length - 1) headerSeparate()
      else separate()
    })
    if (article.headCredit) {
      room()
      this.push(article.headCredit, 'A')
      separate()
    }
    if (article.byline) {
      this.push(article.byline, 'A')
      separate()
    }
    if (article.title === null) room()
    article.paragraphs.forEach((text, index) => {
      const label =
        index === 0 && article.title === null
          ? 'U'
          : article.credits.includes(text)
            ? 'A'
            : article.subheads.includes(text)
              ? 'H'
              : 'P'
      paragraph(text, label)
    })
  }
}

export interface LayoutOptions {
  random: Random
  /** Share of long paragraphs cut by a column break (fixture layout). */
  breaks: number
  /** Share of gaps that get extra blank lines. */
  noise: number
  /** Training variations: header lines written together without blank lines between them, and
   * the page's section name alone above the first article. */
  compactHeader?: boolean
  section?: string
}

export type Layout = (
  page: SourcePage,
  articles: PlannedArticle[],
  options: LayoutOptions,
) => GeneratedFile[]

const IDEOGRAPHIC_SPACE = '\u3000'
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const compactDate = (date: string): string => date.replaceAll('-', '')
const pad2 = (n: number): string => String(n).padStart(2, '0')
const paperOf = (page: SourcePage): string => (page.source === 'rmrb' ? '人民日报' : '新闻联播')

function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${String(year)}年${String(month)}月${String(day)}日`
}

function masthead(page: SourcePage, random: Random): string {
  const forms = [
    `${paperOf(page)} ${chineseDate(page.date)} 第${String(page.page)}版`,
    [
      paperOf(page),
      chineseDate(page.date),
      `星期${'一二三四五六日'[randomInt(random, 7)] ?? '一'}`,
      `第${pad2(page.page)}版`,
    ].join(IDEOGRAPHIC_SPACE),
  ]
  return forms[randomInt(random, forms.length)] ?? ''
}

const truth = (articles: readonly PlannedArticle[]): TruthArticle[] =>
  articles.map((article) => ({ ...article, broken: [] }))

/** Blank lines between two things: `base`, sometimes more. */
function gap(options: LayoutOptions, base: number): string[] {
  let count = base
  while (options.random() < options.noise && count < base + 1) count++
  return Array<string>(count).fill('')
}

function headerLines(article: PlannedArticle): string[] {
  return [article.kicker, article.title, article.subtitle].filter(
    (line): line is string => line !== null,
  )
}

/** Export form: header lines, one paragraph per line, one blank line between articles. */
export function exportLayout(indent: string): Layout {
  return (page, articles, options) => {
    const out = new Lines()
    const metaText: string[] = []
    if (options.random() < 0.5) {
      const head = masthead(page, options.random)
      metaText.push(head)
      out.push(head, 'M')
      out.blank(1)
    }
    const articlesOut = truth(articles)
    articlesOut.forEach((article, index) => {
      if (index > 0) out.blank(gap(options, 1).length)
      out.article(
        article,
        () => undefined,
        (text, label) => {
          out.push(indent + text, label)
        },
      )
    })
    const name = `rmrb-${compactDate(page.date)}-p${pad2(page.page)}.txt`
    return [
      {
        name,
        bytes: utf8(out.text.join('\n') + '\n'),
        articles: articlesOut,
        metaText,
        labels: out.labels,
      },
    ]
  }
}

/** Cuts a paragraph where a column ended: never right after the end of a sentence. */
function columnBreak(paragraph: string, random: Random): [string, string] | null {
  const chars = Array.from(paragraph)
  if (chars.length < 30) return null
  for (let attempt = 0; attempt < 5; attempt++) {
    // Columns end anywhere: often a few characters into a paragraph.
    const at = random() < 0.3 ? 4 + randomInt(random, 16) : 8 + randomInt(random, chars.length - 16)
    const head = chars.slice(0, at).join('')
    // A short first half that reads like a heading would be a heading on a real page too.
    const shortHeading = at < 20 && !/[，,、；]/.test(head)
    if (!shortHeading && !/[。！？；”]/.test(chars[at - 1] ?? ''))
      return [head, chars.slice(at).join('')]
  }
  return null
}

/** The fixture's form: a blank line after every line, paragraphs cut by column breaks. */
export const fixtureLayout: Layout = (page, articles, options) => {
  const out = new Lines()
  out.blank(2)
  const metaText: string[] = []
  const articlesOut = truth(articles)
  const separate = (): void => {
    out.blank(gap(options, 1).length)
  }
  if (options.random() < 0.3) {
    const head = masthead(page, options.random)
    metaText.push(head)
    out.push(head, 'M')
    separate()
  }
  if (options.section) {
    out.push(options.section, 'T')
    separate()
  }
  const room = (): void => {
    out.blank(options.random() < 0.6 ? 2 + randomInt(options.random, 3) : 0)
  }
  for (const article of articlesOut) {
    out.article(
      article,
      separate,
      (paragraph, label) => {
        const cut =
          label === 'P' && options.random() < options.breaks
            ? columnBreak(paragraph, options.random)
            : null
        if (cut) {
          article.broken.push(paragraph)
          out.push(cut[0], label)
          separate()
          out.push(cut[1], 'C')
        } else out.push(paragraph, label)
        separate()
      },
      room,
      options.compactHeader ? () => undefined : separate,
    )
  }
  const name = `${page.date}/第${String(page.page)}版.txt`
  return [
    { name, bytes: utf8(out.text.join('\n')), articles: articlesOut, metaText, labels: out.labels },
  ]
}

/** One article per file as the e-paper crawler writes it: line 1 kicker, 2 headline, 3 subtitle. */
export const singleLayout: Layout = (page, articles, options) =>
  truth(articles).map((article, index) => {
    const indent = options.random() < 0.8 ? '\u3000\u3000' : ''
    const out = new Lines()
    out.push(article.kicker ?? '', 'K')
    out.push(article.title ?? '', article.title === null ? '' : 'T')
    out.push(article.subtitle ?? '', 'S')
    if (article.headCredit) out.push(article.headCredit, 'A')
    if (article.byline) out.push(article.byline, 'A')
    article.paragraphs.forEach((text, at) => {
      const label =
        at === 0 && article.title === null
          ? 'U'
          : article.subheads.includes(text)
            ? 'H'
            : article.credits.includes(text)
              ? 'A'
              : 'P'
      out.push(indent + text, label)
    })
    const name = `${compactDate(page.date)}-${pad2(page.page)}-${pad2(index + 1)}.txt`
    return {
      name,
      bytes: utf8(out.text.join('\n') + '\n'),
      articles: [article],
      metaText: [],
      labels: out.labels,
    }
  })

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A daily digest in Markdown: the programme and date, a numbered summary, then one `###` per item. */
export const markdownLayout: Layout = (page, all) => {
  const articles = all.filter((article) => article.title !== null)
  const head = `${paperOf(page)} ${chineseDate(page.date)}`
  const out = [`# ${head}`, '', '## 新闻摘要', '']
  const summary = articles.map((article, index) => `${String(index + 1)}. ${article.title ?? ''}`)
  out.push(...summary, '', '## 详细新闻', '')
  for (const article of articles) {
    if (article.kicker) out.push(`#### ${article.kicker}`, '')
    out.push(`### ${article.title ?? ''}`, '')
    if (article.subtitle) out.push(`#### ${article.subtitle}`, '')
    for (const line of [article.headCredit, article.byline])
      if (line) out.push(`<p>${escapeHtml(line)}</p>`)
    for (const paragraph of article.paragraphs) out.push(`<p>${escapeHtml(paragraph)}</p>`)
    out.push('')
  }
  const summaryArticle: TruthArticle = {
    kind: 'article',
    headCredit: null,
    kicker: null,
    title: '新闻摘要',
    subtitle: null,
    byline: null,
    paragraphs: summary,
    subheads: [],
    credits: [],
    broken: [],
  }
  const name = `${page.source}-${page.date}-${pad2(page.page)}.md`
  return [
    {
      name,
      bytes: utf8(out.join('\n')),
      articles: [summaryArticle, ...truth(articles)],
      metaText: [head, '详细新闻'],
    },
  ]
}

/** An e-paper article page: `<h3>` kicker and subtitle around the `<h1>`, a datesource line,
 * indented paragraphs, bold sub-headings. */
export const htmlLayout: Layout = (page, articles, options) =>
  articles
    .filter((article) => article.title !== null)
    .map((article, index) => {
      const subtitleTag = options.random() < 0.5 ? 'h2' : 'h3'
      const datesource = `《 ${paperOf(page)} 》（ ${page.date.replace(/-(\d\d)-(\d\d)$/, '年$1月$2日')} 第 ${pad2(page.page)} 版 ）`
      const body = article.paragraphs.map((paragraph) =>
        article.subheads.includes(paragraph)
          ? `<p><strong>${escapeHtml(paragraph)}</strong></p>`
          : `<p style="text-indent:2em">${escapeHtml(paragraph)}</p>`,
      )
      const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(article.title ?? '')}--${paperOf(page)}</title></head><body>
<div class="article">
<h3>${escapeHtml(article.kicker ?? '')}</h3>
<h1>${escapeHtml(article.title ?? '')}</h1>
<${subtitleTag}>${escapeHtml(article.subtitle ?? '')}</${subtitleTag}>
<p class="datesource">${datesource}</p>
${[article.headCredit, article.byline].map((line) => (line ? `<p>${escapeHtml(line)}</p>` : '')).join('')}
<div id="ozoom">
${body.join('\n')}
</div></div></body></html>`
      const name = `${compactDate(page.date)}-${pad2(page.page)}-${pad2(index + 1)}.html`
      return { name, bytes: utf8(html), articles: truth([article]), metaText: [datesource] }
    })

const docxStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>`

const escapeXml = escapeHtml

function docxParagraph(text: string, style: string | null, bold = false): string {
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''
  const run = bold ? '<w:rPr><w:b/></w:rPr>' : ''
  return `<w:p>${properties}<w:r>${run}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`
}

/** A Word document of a page's articles in heading styles: Heading 3 kicker, Heading 1 headline,
 * Heading 2 subtitle; sub-headings bold. */
export const docxLayout: Layout = (page, articles) => {
  const paragraphs: string[] = []
  const titled = articles.filter((article) => article.title !== null)
  for (const article of titled) {
    if (article.kicker) paragraphs.push(docxParagraph(article.kicker, 'Heading3'))
    paragraphs.push(docxParagraph(article.title ?? '', 'Heading1'))
    if (article.subtitle) paragraphs.push(docxParagraph(article.subtitle, 'Heading2'))
    for (const line of [article.headCredit, article.byline])
      if (line) paragraphs.push(docxParagraph(line, null))
    for (const paragraph of article.paragraphs)
      paragraphs.push(docxParagraph(paragraph, null, article.subheads.includes(paragraph)))
  }
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}<w:sectPr/></w:body></w:document>`
  const bytes = zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(docxStyles),
  })
  const name = `rmrb-${compactDate(page.date)}-p${pad2(page.page)}.docx`
  return [{ name, bytes, articles: truth(titled), metaText: [] }]
}

export const layouts: Readonly<Record<string, Layout>> = {
  'export-indented': exportLayout('\u3000\u3000'),
  'export-plain': exportLayout(''),
  fixture: fixtureLayout,
  single: singleLayout,
  markdown: markdownLayout,
  html: htmlLayout,
  docx: docxLayout,
}

export { piecesOf }
