// Traditional → simplified folding, one code point to one code point, from OpenCC's own
// character table. Phrase tables are deliberately not used: a phrase rewrite depends on the
// surrounding text, so the same characters could fold differently in a query and in an article.
import tsCharacters from 'opencc-js/dict/TSCharacters'

let table: Map<number, number> | null = null

function build(): Map<number, number> {
  const map = new Map<number, number>()
  for (const pair of tsCharacters.split('|')) {
    const [source, target] = pair.split(' ')
    if (source === undefined || target === undefined) continue
    const from = source.codePointAt(0)
    const to = target.codePointAt(0)
    // Only single code points on both sides keep the fold position-preserving.
    if (from === undefined || to === undefined) continue
    if (String.fromCodePoint(from) !== source || String.fromCodePoint(to) !== target) continue
    if (from !== to) map.set(from, to)
  }
  return map
}

/** The simplified form of one code point (itself when it has none). */
export function simplifyCodePoint(codePoint: number): number {
  table ??= build()
  return table.get(codePoint) ?? codePoint
}

/** Size of the folding table: part of the index stamp, so a dictionary change forces a rebuild. */
export function traditionalTableSize(): number {
  table ??= build()
  return table.size
}
