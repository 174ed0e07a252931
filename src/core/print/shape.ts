// The shape of one article module on the grid: how many lines its parts take at a width.
import type { PlacedModule } from './layout'
import type { ArticleMetrics } from './metrics'

/** Blank line under every module; the rule between stacked modules is drawn in it. */
export const gapLines = 1
/** The jump line （下转第N版） under a module that continues elsewhere. */
export const jumpLines = 1

/** Grid columns the photo spans in a module `width` columns wide (0 without a photo). */
export function photoSpan(metrics: Pick<ArticleMetrics, 'photo' | 'photoStory'>, width: number) {
  if (metrics.photo === null) return 0
  if (metrics.photoStory) return width
  return width >= 4 ? Math.ceil(width / 2) : Math.min(2, width)
}

export function photoLines(metrics: ArticleMetrics, width: number): number {
  if (metrics.photo === null) return 0
  return metrics.photo[Math.min(photoSpan(metrics, width), metrics.photo.length) - 1] ?? 0
}

/**
 * Extra lines allowed for text lost where frames meet (a subhead moved on, a split paragraph
 * re-wrapped). The renderer shrinks frames back to what the text needs.
 */
export function slackLines(width: number): number {
  return Math.ceil(width / 2) + 1
}

/** Body rows a module needs for `bodyLines` lines of text (plus the photo on a first part). */
export function rowsFor(
  metrics: ArticleMetrics,
  width: number,
  bodyLines: number,
  withPhoto: boolean,
): number {
  const photo = withPhoto ? photoLines(metrics, width) : 0
  if (bodyLines <= 0) return photo
  const area = bodyLines + slackLines(width) + photoSpan(metrics, width) * photo
  return Math.max(photo, Math.ceil(area / width))
}

/** Lines of text that `rows` body rows hold at `width`, the photo taken out. */
export function capacity(metrics: ArticleMetrics, width: number, rows: number, withPhoto: boolean) {
  const photo = withPhoto ? photoLines(metrics, width) : 0
  return rows * width - photoSpan(metrics, width) * Math.min(rows, photo) - slackLines(width)
}

/** Lines of text a placed module's body holds: its frames, the photo it was given taken out. */
export function moduleCapacity(module: Pick<PlacedModule, 'w' | 'bodyRows' | 'photo'>): number {
  const photo =
    module.photo === null ? 0 : module.photo.span * Math.min(module.bodyRows, module.photo.lines)
  return module.bodyRows * module.w - photo - slackLines(module.w)
}

/** Body rows a placed module needs to hold `lines` of text beside the photo it was given. */
export function rowsHolding(
  module: Pick<PlacedModule, 'w' | 'bodyRows' | 'photo'>,
  lines: number,
): number {
  const photo = module.photo
  const area = lines + slackLines(module.w) + (photo === null ? 0 : photo.span * photo.lines)
  return Math.max(photo?.lines ?? 0, Math.ceil(area / module.w))
}
