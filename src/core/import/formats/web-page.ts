// A page saved from a news site is mostly its site's chrome around one article. Left out when
// the page has text of its own: navigation, sidebars and footers (by element and by class name,
// as Readability reads them), rows of nothing but links, and the text outside the page's
// `<article>` or `<main>` where it marks one (headings there are kept). A headline marked only by
// its class (`<div class="title">`), or only in the page's `<title>`, is read as the heading it
// is; the head's OpenGraph properties give the headline, date and site where the page names them.
// Only `class` and `id` are read, as words, and `<meta>` contents, as text. The walk over the
// markup is html.ts's.
import type { PageMeta } from '../../../shared/article'
import { metaFromFields } from '../metadata'

/** Elements that hold a site's chrome, never an article's text. */
const chromeElements = new Set(['nav', 'aside'])
const word = (names: string): RegExp => new RegExp(`(?:^|[-_\\s])(?:${names})(?:$|[-_\\s\\d])`, 'i')
const chromeClass = word(
  'nav|navbar|navigation|menu|breadcrumbs?|crumbs?|footer|foot|copyright|related|recommend|' +
    'share|comments?|sidebar|side|toolbar|login|ads?|advert|pager|pagination|' +
    'sitemap|friendlinks?|links|hot|rank|search',
)
/** Readability's second look: a name that also says content is kept (`main-nav-content`). */
const contentClass = /article|content|main|body|text|detail|story/i
const titleClasses: readonly [RegExp, number][] = [
  [word('sub-?title|subtitle|fubiaoti|sub-?head|fu-?title'), 2],
  [word('pre-?title|yinti|kicker|lead-?title|yin-?title'), 3],
  [word('title|headline|biaoti|art-?title|article-?title|news-?title|main-?title|h-?title'), 1],
]

function classWords(attributes: Readonly<Record<string, string>>): string {
  return `${attributes.class ?? ''} ${attributes.id ?? ''}`.trim()
}

export function isChrome(name: string, attributes: Readonly<Record<string, string>>): boolean {
  if (chromeElements.has(name)) return true
  const words = classWords(attributes)
  return words !== '' && chromeClass.test(words) && !contentClass.test(words)
}

/** The heading level a class names (`title` 1, `subtitle` 2, `pretitle` 3), or 0. */
export function headingOfClass(attributes: Readonly<Record<string, string>>): number {
  const words = classWords(attributes)
  if (words === '') return 0
  return titleClasses.find(([pattern]) => pattern.test(words))?.[1] ?? 0
}

/** A row of text as the markup gives it. */
export interface Row {
  text: string
  /** The h1–h6 level it stands in, else 0. */
  heading: number
  /** The heading level its element's class names (`<div class="title">`), else 0. */
  classHeading: number
  emphasis: boolean
  /** Visible characters, and how many of them are inside links. */
  chars: number
  linkChars: number
  /** Inside an `<article>` or `<main>` element. */
  inArticle: boolean
}

/** Below this much text outside links, a page is a list of links: its links are its text. */
export const OWN_TEXT_MIN = 100
const LINK_ROW_SHARE = 0.6
/** `我国首艘大型邮轮完成首航_新闻中心_江城网`: the headline before the site's names. */
const titleSeparator = /\s*(?:[_|｜]|\s[-—–·]\s|——).*$/

export type Event = { row: Row } | { blockEnd: true } | { rule: true }

/** What a page's `<head>` says: its `<title>`, and the `<meta>` properties news sites set
 * (OpenGraph's `og:title`, `og:site_name`, `article:published_time`; `publishdate`). */
export interface PageHead {
  title: string
  properties: Partial<Record<HeadProperty, string>>
}

const headProperties = [
  'og:title',
  'og:site_name',
  'article:published_time',
  'publishdate',
  'pubdate',
] as const
type HeadProperty = (typeof headProperties)[number]
const isHeadProperty = (key: string): key is HeadProperty =>
  (headProperties as readonly string[]).includes(key)

/** Takes a `<meta>`'s property and content, if it is one the page's metadata reads. */
export function readMeta(head: PageHead, attributes: Readonly<Record<string, string>>): void {
  const key = (attributes.property ?? attributes.name ?? '').toLowerCase()
  const content = (attributes.content ?? '').trim()
  if (isHeadProperty(key) && content !== '') head.properties[key] ??= content
}

/** The page's date and site (as the paper) from its head, or null when it names neither. */
export function headMeta(head: PageHead): PageMeta | null {
  const { properties } = head
  const date = properties['article:published_time'] ?? properties.publishdate ?? properties.pubdate
  const meta = metaFromFields({ date, paper: properties['og:site_name'] })
  return meta.date !== null || meta.paper !== null ? meta : null
}

/** The rows that are the page's own: rows of links left out where the page has text of its
 * own, class-named headings read where the markup declares none, else the `<title>` on top as
 * a line of its own. */
export function pageRows(events: readonly Event[], head: PageHead): Event[] {
  const rows = events.flatMap((event) => ('row' in event ? [event.row] : []))
  const linkRow = (row: Row): boolean =>
    row.heading === 0 && row.chars > 0 && row.linkChars >= LINK_ROW_SHARE * row.chars
  const ownText = rows
    .filter((row) => row.heading === 0 && !linkRow(row))
    .reduce((sum, row) => sum + row.chars, 0)
  // Where the page marks its article (`<article>`, `<main>`) and it holds the text, the text
  // around it is the site's (a weather box, a slogan); headings around it are kept.
  const articleText = rows
    .filter((row) => row.inArticle && row.heading === 0)
    .reduce((sum, row) => sum + row.chars, 0)
  const outside = (row: Row): boolean =>
    articleText >= OWN_TEXT_MIN && !row.inArticle && row.heading === 0
  let kept =
    ownText >= OWN_TEXT_MIN
      ? events.filter((event) => !('row' in event && (linkRow(event.row) || outside(event.row))))
      : [...events]
  const keptRows = kept.flatMap((event) => ('row' in event ? [event.row] : []))
  if (keptRows.some((row) => row.heading > 0)) return kept
  if (keptRows.some((row) => row.classHeading > 0))
    return kept.map((event) =>
      'row' in event ? { row: { ...event.row, heading: event.row.classHeading } } : event,
    )
  const title = head.properties['og:title'] ?? head.title
  const headline = title.replace(/\s+/g, ' ').trim().replace(titleSeparator, '')
  const named = keptRows.some((row) => row.text.trim() === headline)
  if (headline.length >= 4 && !named) {
    // A plain row, not a heading: the labeller decides, so the `<title>` of a page of several
    // articles (`要闻_人民网`) does not make them one.
    const row: Row = {
      text: headline,
      heading: 0,
      classHeading: 0,
      emphasis: false,
      chars: headline.length,
      linkChars: 0,
      inArticle: true,
    }
    kept = [{ row }, { blockEnd: true }, ...kept]
  }
  return kept
}
