// "This line is the headline / kicker / subtitle / a sub-heading / a paragraph / a credit": the
// correction a correspondent makes beside the source page. The line's text is taken from where
// the importer put it and set in its role; what stood in that role before goes where the line
// was (kicker and headline swapped, a lost headline back on top, its place given to the text that
// had it), so that no character is ever dropped. One undoable edit of one article.
import type { Article, ArticleBlock } from '../../shared/article'
import { baseOf } from './backup-merge'
import type { ArticleChange } from './change'

export const lineRoles = ['title', 'kicker', 'subtitle', 'subhead', 'paragraph', 'credit'] as const
export type LineRole = (typeof lineRoles)[number]
export type LineRoleError = 'lineNotFound'

type HeadField = 'kicker' | 'title' | 'subtitle' | 'byline'
const headFields: readonly HeadField[] = ['kicker', 'title', 'subtitle', 'byline']

/** Where the line's text is: a head field, a whole block, or the start or end of one. */
type Place =
  | { kind: 'field'; field: HeadField }
  | { kind: 'block'; index: number; part: 'whole' | 'start' | 'end' }
  | { kind: 'credit'; index: number }

const squeeze = (text: string): string => text.replace(/\s+/gu, '')

function findPlace(article: Article, line: string): Place | null {
  const text = squeeze(line)
  if (text === '') return null
  const field = headFields.find((name) => squeeze(article[name] ?? '') === text)
  if (field !== undefined) return { kind: 'field', field }
  const credit = article.imageCredits.findIndex((item) => squeeze(item) === text)
  if (credit >= 0) return { kind: 'credit', index: credit }
  for (const [index, block] of article.blocks.entries()) {
    const body = squeeze(block.text)
    if (body === text) return { kind: 'block', index, part: 'whole' }
    if (body.startsWith(text)) return { kind: 'block', index, part: 'start' }
    if (body.endsWith(text)) return { kind: 'block', index, part: 'end' }
  }
  return null
}

/** `block` without the line's characters at its start or end (white space in it may differ). */
function withoutPart(block: ArticleBlock, line: string, part: 'start' | 'end'): ArticleBlock {
  const text = block.text
  let count = squeeze(line).length
  let cut = part === 'start' ? 0 : text.length
  while (count > 0 && cut >= 0 && cut <= text.length) {
    const at = part === 'start' ? cut : cut - 1
    if (!/\s/u.test(text.charAt(at))) count--
    cut += part === 'start' ? 1 : -1
  }
  const rest = part === 'start' ? text.slice(cut) : text.slice(0, cut)
  return { ...block, text: rest.trim() }
}

interface Taken {
  article: Article
  /** Where the line's text was in `blocks`, for what is put back there. */
  at: number
}

/** The article with the line's text taken from its place. */
function take(article: Article, place: Place, line: string): Taken {
  if (place.kind === 'field') return { article: { ...article, [place.field]: null }, at: 0 }
  if (place.kind === 'credit') {
    const imageCredits = article.imageCredits.filter((_, index) => index !== place.index)
    return { article: { ...article, imageCredits }, at: 0 }
  }
  const blocks = [...article.blocks]
  const block = blocks[place.index]
  if (block === undefined || place.part === 'whole') {
    blocks.splice(place.index, 1)
    return { article: { ...article, blocks }, at: place.index }
  }
  blocks[place.index] = withoutPart(block, line, place.part)
  return { article: { ...article, blocks }, at: place.index + (place.part === 'start' ? 0 : 1) }
}

function inserted(article: Article, at: number, block: ArticleBlock): Article {
  const blocks = [...article.blocks]
  blocks.splice(at, 0, block)
  return { ...article, blocks }
}

/** Sets the line's text in its role; the role's former text goes where the line was. */
function place(taken: Taken, from: Place, role: LineRole, text: string): Article {
  const { article, at } = taken
  if (role === 'subhead' || role === 'paragraph') return inserted(article, at, { type: role, text })
  if (role === 'credit') return { ...article, imageCredits: [...article.imageCredits, text] }
  const former = article[role]
  const set: Article = { ...article, [role]: text }
  if (role === 'title') set.derivedTitle = null
  if (former === null || former.trim() === '') return set
  if (from.kind === 'field') return { ...set, [from.field]: former }
  return inserted(set, at, { type: 'paragraph', text: former })
}

export type LineRoleResult =
  { ok: true; change: ArticleChange | null } | { ok: false; error: LineRoleError }

/** The edit that gives the source line `line` the role `role` in `article`. */
export function assignLineRole(
  article: Article,
  line: string,
  role: LineRole,
  now: number,
): LineRoleResult {
  const from = findPlace(article, line)
  if (from === null) return { ok: false, error: 'lineNotFound' }
  const already =
    (from.kind === 'field' && from.field === role) ||
    (from.kind === 'credit' && role === 'credit') ||
    (from.kind === 'block' && from.part === 'whole' && article.blocks[from.index]?.type === role)
  if (already) return { ok: true, change: null }
  const text = line.trim()
  const edited = place(take(article, from, line), from, role, text)
  const after: Article = { ...edited, base: baseOf(article), updatedAt: now }
  return { ok: true, change: { kind: 'edit', before: [article], after: [after] } }
}
