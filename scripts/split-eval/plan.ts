// What a generated page holds, article by article, before it is written in a layout: the corpus
// item's own kicker, headline, subtitle and paragraphs, plus what real pages add around them —
// credit and editor lines, byline lines, authors after the last sentence, photo items without a
// headline. Every added line is invented (names.ts); the truth travels with the plan.
import type { Random } from '../../src/shared/random'
import type { SourcePage } from './corpus'
import { bylineLine, creditLine, datelineCloser, photoCredit, trailingAuthors } from './names'

export interface PlannedArticle {
  kind: 'article' | 'photo'
  /** A photo credit printed right under the header (the photo stands with the article). */
  headCredit: string | null
  kicker: string | null
  title: string | null
  subtitle: string | null
  /** A byline line printed under the header (fixture pages). */
  byline: string | null
  paragraphs: string[]
  /** Paragraphs shaped like sub-headings: they must stay inside the article. */
  subheads: string[]
  /** Credit and editor lines added to the article: they must stay with it. */
  credits: string[]
}

export interface PlanOptions {
  credits: number
  /** Items of at most this many paragraphs with a caption may become photo news (default 1). */
  photoParagraphs?: number
  /** Training only: share of articles followed by a photo item made of a caption borrowed from
   * the page and a credit, so the labeller sees photo news often enough to learn it. */
  extraPhotos?: number
  /** Share of articles with a photo credit under the header. */
  headCredits?: number
  bylines: number
  trailing: number
  photos: number
  closers: number
}

const subheadShape = /^[^（(。！？；：:]{4,30}$/
const numbering =
  /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])/

/** A paragraph that reads as a sub-heading: short, no sentence punctuation (a comma may part two
 * halves: `协同发展，潜力巨大`), maybe numbered, not ending on a comma. */
export function isSubheadShaped(text: string): boolean {
  const rest = text.replace(numbering, '')
  return subheadShape.test(rest) && !/[，,、]$/.test(rest) && !/[摄图]$|记者|编辑|作者/.test(rest)
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text)

export function planPage(page: SourcePage, random: Random, options: PlanOptions): PlannedArticle[] {
  const planned = planItems(page, random, options)
  const extra = options.extraPhotos ?? 0
  if (extra === 0) return planned
  const captions = page.items
    .flatMap((item) => item.paragraphs)
    .filter((text) => text.length >= 40 && text.length <= 200)
  return planned.flatMap((article) => {
    const caption = captions[Math.floor(random() * captions.length)]
    if (!caption || random() >= extra) return [article]
    const credit = photoCredit(random)
    const paragraphs = random() < 0.6 ? [credit, caption] : [caption, credit]
    const photo: PlannedArticle = {
      kind: 'photo',
      headCredit: null,
      kicker: null,
      title: null,
      subtitle: null,
      byline: null,
      paragraphs,
      subheads: [],
      credits: [credit],
    }
    return [article, photo]
  })
}

function planItems(page: SourcePage, random: Random, options: PlanOptions): PlannedArticle[] {
  return page.items.map((item) => {
    const paragraphs = [...item.paragraphs]
    const photo =
      item.source === 'rmrb' &&
      paragraphs.length <= (options.photoParagraphs ?? 1) &&
      paragraphs.some((text) => text.includes('图为'))
    const credits: string[] = []
    if (random() < options.closers && item.source === 'rmrb')
      paragraphs.push(datelineCloser(random, item.date))
    if (random() < options.trailing) {
      const last = paragraphs.length - 1
      const text = paragraphs[last] ?? ''
      if (/[。！？”]$/.test(text)) paragraphs[last] = `${text} ${trailingAuthors(random)}`
    }
    if (random() < options.credits) {
      const credit = creditLine(random)
      credits.push(credit)
      paragraphs.push(credit)
    }
    const untitled = photo && random() < options.photos
    if (untitled && credits.length === 0) {
      const credit = creditLine(random)
      credits.push(credit)
      if (random() < 0.5) paragraphs.unshift(credit)
      else paragraphs.push(credit)
    }
    const headCredit =
      !untitled && random() < (options.headCredits ?? 0) ? photoCredit(random) : null
    if (headCredit) credits.push(headCredit)
    return {
      kind: untitled ? 'photo' : 'article',
      headCredit,
      kicker: untitled ? null : orNull(item.kicker),
      title: untitled ? null : item.title,
      subtitle: untitled ? null : orNull(item.subtitle),
      byline:
        !untitled &&
        random() < options.bylines &&
        !/^(?:本报|新华社|央视网|人民日报)/.test(paragraphs[0] ?? '')
          ? bylineLine(random)
          : null,
      paragraphs,
      subheads: paragraphs.filter(isSubheadShaped).filter((text) => !credits.includes(text)),
      credits,
    }
  })
}

/** Every piece of text the article holds, as written. */
export function piecesOf(article: PlannedArticle): string[] {
  return [
    article.kicker,
    article.title,
    article.subtitle,
    article.headCredit,
    article.byline,
    ...article.paragraphs,
  ].filter((piece): piece is string => piece !== null)
}
