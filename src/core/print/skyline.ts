// The skyline of a page being filled: for each grid column, the first free line.

export interface Slot {
  x: number
  top: number
  /** Lines left empty under the module because the columns it spans end unevenly. */
  waste: number
}

/**
 * Lowest-top, then least-waste, then leftmost slot `width` columns wide (null: none left).
 * An uneven slot is taken only if `canLevel` says the modules above its low columns can be
 * stretched down to its top, so that no hole is left.
 */
export function bestSlot(
  skyline: readonly number[],
  width: number,
  limit: number,
  canLevel: (x: number, top: number) => boolean = () => false,
): Slot | null {
  let best: Slot | null = null
  for (let x = 0; x + width <= skyline.length; x++) {
    const span = skyline.slice(x, x + width)
    const top = Math.max(...span)
    if (top >= limit) continue
    if (span.some((line) => line < top) && !canLevel(x, top)) continue
    const waste = span.reduce((sum, line) => sum + top - line, 0)
    if (best === null || top < best.top || (top === best.top && waste < best.waste)) {
      best = { x, top, waste }
    }
  }
  return best
}

export function raise(skyline: number[], x: number, width: number, bottom: number): void {
  for (let column = x; column < x + width; column++) skyline[column] = bottom
}
