// Correcting what the importer got wrong: headline, body and metadata. The id stays: it names the
// story as imported, so importing the same file again still finds it.
import type { Article } from '../../shared/article'
import { isIsoDate } from '../../shared/dates'
import { baseOf } from './backup-merge'
import type { ArticleChange } from './change'

/** The fields a user may correct. */
export type ArticlePatch = Partial<
  Pick<
    Article,
    | 'kind'
    | 'kicker'
    | 'title'
    | 'subtitle'
    | 'byline'
    | 'authors'
    | 'imageCredits'
    | 'blocks'
    | 'paper'
    | 'date'
    | 'page'
    | 'section'
  >
>

export type ArticlePatchError = 'invalidDate' | 'invalidPage'

const TEXT_FIELDS = ['kicker', 'title', 'subtitle', 'byline', 'paper', 'section'] as const

/** Blank text becomes null; lists lose blank entries and repeats. */
function cleanPatch(patch: ArticlePatch): ArticlePatch {
  const clean: ArticlePatch = { ...patch }
  for (const field of TEXT_FIELDS) {
    const value = patch[field]
    if (value !== undefined)
      clean[field] = value === null || value.trim() === '' ? null : value.trim()
  }
  for (const field of ['authors', 'imageCredits'] as const) {
    const value = patch[field]
    if (value !== undefined) {
      clean[field] = [...new Set(value.map((item) => item.trim()).filter((item) => item !== ''))]
    }
  }
  if (patch.blocks !== undefined) {
    clean.blocks = patch.blocks
      .map((block) => ({ type: block.type, text: block.text.trim() }))
      .filter((block) => block.text !== '')
  }
  return clean
}

export function validatePatch(patch: ArticlePatch): ArticlePatchError | null {
  if (patch.date != null && !isIsoDate(patch.date)) return 'invalidDate'
  if (patch.page != null && !(Number.isInteger(patch.page) && patch.page > 0)) return 'invalidPage'
  return null
}

export type EditResult =
  { ok: true; change: ArticleChange | null } | { ok: false; error: ArticlePatchError }

/** The change that applies `patch`; `change` is null when nothing would differ. */
export function editArticle(article: Article, patch: ArticlePatch, now: number): EditResult {
  const clean = cleanPatch(patch)
  const error = validatePatch(clean)
  if (error !== null) return { ok: false, error }
  // The version as imported is kept at the first correction: merges compare both sides with it.
  const edited: Article = { ...article, ...clean, base: baseOf(article), updatedAt: now }
  // A headline the user typed replaces the one derived from the text.
  if (typeof clean.title === 'string') edited.derivedTitle = null
  const differs = (Object.keys(clean) as (keyof ArticlePatch)[]).some(
    (key) => JSON.stringify(article[key]) !== JSON.stringify(edited[key]),
  )
  return { ok: true, change: differs ? { kind: 'edit', before: [article], after: [edited] } : null }
}
