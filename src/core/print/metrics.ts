// What the renderer measures of each article before the page is made up: heights in whole
// lines of the body grid, at every module width (1..N grid columns).

/** Head block styles: the page lead, an ordinary story, a continuation, or none (clipping). */
export type HeadVariant = 'lead' | 'normal' | 'continued' | 'none'

export interface ArticleMetrics {
  id: string
  /** Lines of the head block (kicker, headline, subtitle, byline) by width: index = columns - 1. */
  head: Readonly<Record<Exclude<HeadVariant, 'none'>, readonly number[]>>
  /** Lines of the body set in a single column. */
  bodyLines: number
  /** Lines of the photo block (picture and caption) by module width, or null without a photo. */
  photo: readonly number[] | null
  /** 图片新闻: the picture is the story and its caption the whole text. */
  photoStory: boolean
}

export function headLines(metrics: ArticleMetrics, variant: HeadVariant, width: number): number {
  if (variant === 'none') return 0
  const byWidth = metrics.head[variant]
  return byWidth[Math.min(width, byWidth.length) - 1] ?? 0
}
