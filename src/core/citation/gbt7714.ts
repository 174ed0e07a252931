// GB/T 7714-2015 entries rendered by citeproc-js with the official CSL style, not built by hand:
// the style decides punctuation, the [N] type mark and the 出版日期(版次) form. The style and
// locale XML come in as strings so this stays pure; the renderer loads them with `?raw`.
import CSL from 'citeproc'
import type { CslItem } from './csl-item'

export interface CslStyle {
  style: string
  /** The zh-CN locale file; citeproc asks for it by the style's default-locale. */
  locale: string
}

/** The style's bibliography numbers entries `[1] `; a copied reference goes into the user's own
 * list, which numbers it there, so the number is left off. */
const entryNumber = /^\[\d+\]\s*/u

/** One GB/T 7714 reference per item, in the items' order. */
export function gbt7714Entries(items: readonly CslItem[], { style, locale }: CslStyle): string[] {
  if (items.length === 0) return []
  const byId = new Map(items.map((item) => [item.id, item]))
  const engine = new CSL.Engine(
    { retrieveLocale: () => locale, retrieveItem: (id) => byId.get(id) },
    style,
    'zh-CN',
  )
  engine.setOutputFormat('text')
  engine.updateItems(items.map((item) => item.id))
  const result = engine.makeBibliography()
  if (result === false) return []
  return result[1].map((entry) => entry.trim().replace(entryNumber, ''))
}
