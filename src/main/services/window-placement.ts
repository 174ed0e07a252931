// Restores a window where the user left it, unless that place is no longer on any screen
// (a laptop undocked from its external monitor).
import type { WindowPlacement } from './settings-store'

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

const minimumVisible = 100

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? Math.min(width, height) : 0
}

/** The saved bounds if enough of them is visible on a current display, else null (centre). */
export function restorableBounds(
  saved: WindowPlacement | null,
  displays: readonly Rectangle[],
): Rectangle | null {
  if (saved === null) return null
  const visible = displays.some((display) => overlap(saved.bounds, display) >= minimumVisible)
  return visible ? saved.bounds : null
}
