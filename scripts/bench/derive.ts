// Pure corpus helpers (no Node): parsing bench-corpus lines and deriving larger corpora
// deterministically, so the benchmark page derives in Chromium the very articles the Node side
// draws its queries from.
import type { SearchDoc } from '../../src/core/search/doc'
import { seededRandom } from '../../src/shared/random'

export interface CorpusLine {
  id?: unknown
  title?: unknown
  kicker?: unknown
  subtitle?: unknown
  body?: unknown
  date?: unknown
  tags?: unknown
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)

export function toSearchDoc(line: CorpusLine, where: string): SearchDoc {
  const id = text(line.id)
  const body = text(line.body)
  if (id === null || body === null)
    throw new Error(`${where}: every line needs a string id and body`)
  const tags = Array.isArray(line.tags)
    ? line.tags.filter((t): t is string => typeof t === 'string')
    : []
  return {
    id,
    title: text(line.title),
    kicker: text(line.kicker),
    subtitle: text(line.subtitle),
    body,
    date: text(line.date),
    tags,
  }
}

/** A deterministic generator, so derived corpora are the same every run. */
export const random = seededRandom

export const DERIVE_SEED = 20240601

export interface DeriveOptions {
  /**
   * For text that is written into page files and split again (bench:scale): only paragraphs
   * that read as body text (see `isBodyParagraph`), and whole paragraphs only, never one cut
   * at the length target. Otherwise a recombined sub-headline, a bare opener or a cut-off
   * fragment reads as a new headline and splits the article in two. Off by default, so the
   * corpus of bench:search stays the one its figures were taken on.
   */
  pageSafe?: boolean
}

/** Sentence-final marks, closing quotes and brackets after one included. */
const SENTENCE_END = /[。！？…][”’」』）)]*$/u
/** Bylines and openers the splitter moves out of the text (`央视网消息（新闻联播）：…`). */
const OPENER = /^(?:央视网消息|本台消息|新华社|据新华社|本报讯|本报记者)/u

/** A paragraph the splitter can only read as body text: a full sentence of some length. */
export function isBodyParagraph(paragraph: string): boolean {
  const text = paragraph.trim()
  return text.length >= 30 && SENTENCE_END.test(text) && !OPENER.test(text)
}

const openerOf = (doc: SearchDoc): string => doc.body.split('\n')[0] ?? ''

/** An item that starts as stories do: an opener, then a full sentence. */
/** Headlines a page-safe article may lead with: short enough and not worded as a sentence
 * (`海采：这个假期去哪？看什么？` and 60-character headlines were read as body text). */
const HEADLINE_MAX = 36
const SENTENCE_MARK = /[。！？?!]/u

/** An item that starts as stories do: a plain headline, an opener and its colon, a sentence. */
function hasOpener(doc: SearchDoc): boolean {
  const first = openerOf(doc)
  const title = doc.title ?? ''
  return (
    OPENER.test(first) &&
    /^[^：:]{2,14}[：:]/u.test(first) &&
    SENTENCE_END.test(first) &&
    first.length >= 40 &&
    title.length > 0 &&
    title.length <= HEADLINE_MAX &&
    !SENTENCE_MARK.test(title)
  )
}

function paragraphPool(source: readonly SearchDoc[], pageSafe: boolean): string[][] {
  const pools = source.map((doc) => doc.body.split('\n'))
  if (!pageSafe) return pools
  return pools
    .map((paragraphs) => paragraphs.filter(isBodyParagraph))
    .filter((paragraphs) => paragraphs.length > 0)
}

/**
 * `count` articles recombined from the paragraphs of `source`: each takes the title and date of
 * a random item and random paragraphs until 1,300–1,600 characters (as the calibration did).
 */
export function deriveCorpus(
  source: readonly SearchDoc[],
  count: number,
  seed = DERIVE_SEED,
  options: DeriveOptions = {},
): SearchDoc[] {
  const pageSafe = options.pageSafe === true
  const next = random(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const paragraphs = paragraphPool(source, pageSafe)
  const heads = source.filter(hasOpener)
  if (pageSafe && heads.length === 0)
    throw new Error('page-safe derivation needs items with an opener')
  const docs: SearchDoc[] = []
  for (let i = 0; i < count; i++) {
    const target = 1300 + Math.floor(next() * 301)
    const parts: string[] = []
    let length = 0
    while (length < target) {
      const paragraph = pick(pick(paragraphs))
      parts.push(paragraph)
      length += paragraph.length + 1
    }
    const head = pageSafe ? pick(heads) : pick(source)
    // Page-safe: the head item's own first paragraph leads, as a story's opener does.
    const body = (pageSafe ? [openerOf(head), ...parts] : parts).join('\n')
    docs.push({
      id: `derived-${String(i).padStart(6, '0')}`,
      title: head.title ?? null,
      date: head.date ?? null,
      body: pageSafe ? body : body.slice(0, target),
    })
  }
  return docs
}
