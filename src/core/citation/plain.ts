// Where an article was printed, in the words a Chinese newsroom uses: 人民日报, 2020年5月2日,
// 第1版. Both the plain citation style and "copy with citation" are made from these parts.
import type { PageMeta } from '../../shared/article'

export interface SourceParts {
  paper: string | null
  /** `2020年5月2日`, or the stored text when it is no ISO date. */
  date: string | null
  /** `第1版`. */
  page: string | null
}

function chineseDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (match === null) return iso
  const [, year, month, day] = match
  return `${year}年${Number(month)}月${Number(day)}日`
}

export function sourceParts(article: Pick<PageMeta, 'paper' | 'date' | 'page'>): SourceParts {
  return {
    paper: article.paper === null || article.paper === '' ? null : article.paper,
    date: article.date === null ? null : chineseDate(article.date),
    page: article.page === null ? null : `第${article.page}版`,
  }
}

/** The plain Chinese style, `《人民日报》2020年5月2日第1版`; null when nothing is known. */
export function plainCitation(article: Pick<PageMeta, 'paper' | 'date' | 'page'>): string | null {
  const { paper, date, page } = sourceParts(article)
  const text = [paper === null ? null : `《${paper}》`, date, page].filter((part) => part !== null)
  return text.length === 0 ? null : text.join('')
}
